package id.warta.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes a value made of Warta's records (and strings, ints, booleans, enums, lists, maps and dates) as bytes that say
 * exactly what it holds, and reads it back through the records' own constructors. Two values give the same bytes
 * only when they are equal, so the bytes serve both to store parse results and as the key of a page's view.
 * Anything else is refused with {@link IllegalArgumentException}: the caller then does without the cache.
 */
final class RecordCodec {
    static final int NULL = 0;
    static final int STRING = 1;
    static final int INT = 2;
    static final int BOOLEAN = 4;
    static final int ENUM = 5;
    static final int LIST = 6;
    static final int MAP = 7;
    static final int RECORD = 8;
    static final int TIME = 9;

    /** Only Warta's own records and enums are ever made from stored bytes. */
    static final String OWN = "id.warta.";
    static final Map<String, Function<String, Object>> TIMES = Map.of(
            "LocalDate", LocalDate::parse, "LocalDateTime", LocalDateTime::parse,
            "OffsetDateTime", OffsetDateTime::parse, "ZonedDateTime", ZonedDateTime::parse,
            "Instant", Instant::parse, "ZoneId", ZoneId::of);

    record Shape(Method[] accessors, Constructor<?> constructor) { }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    /** Writes {@code value}; class names are written once per stream, then by number. */
    static void write(DataOutputStream out, Object value) throws IOException {
        new Writer(out).write(value);
    }

    /** Reads what {@link #write} wrote. */
    static Object read(DataInputStream in) throws IOException {
        return new RecordReader(in).read();
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> names = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                out.writeByte(STRING);
                string(text);
            } else if (value instanceof Integer number) {
                out.writeByte(INT);
                out.writeInt(number);
            } else if (value instanceof Boolean flag) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(flag);
            } else if (value instanceof Enum<?> constant) {
                out.writeByte(ENUM);
                name(constant.getDeclaringClass());
                string(constant.name());
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object element : list) {
                    write(element);
                }
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(entry.getKey());
                    write(entry.getValue());
                }
            } else if (value instanceof Record record) {
                out.writeByte(RECORD);
                name(record.getClass());
                for (Method accessor : shape(record.getClass()).accessors()) {
                    write(invoke(accessor, record));
                }
            } else if (TIMES.containsKey(timeName(value.getClass()))) {
                out.writeByte(TIME);
                string(timeName(value.getClass()));
                string(value.toString());
            } else {
                throw new IllegalArgumentException("cannot store a " + value.getClass().getName());
            }
        }

        private void name(Class<?> type) throws IOException {
            String name = type.getName();
            Integer known = names.get(name);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            if (!name.startsWith(OWN)) {
                throw new IllegalArgumentException("cannot store a " + name);
            }
            out.writeInt(names.size());
            names.put(name, names.size());
            string(name);
        }

        private void string(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static String timeName(Class<?> type) {
        return ZoneId.class.isAssignableFrom(type) ? "ZoneId" : type.getSimpleName();
    }

    static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, RecordCodec::shapeOf);
    }

    private static Shape shapeOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new Shape(accessors, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
    }

    private static Object invoke(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
