package id.warta.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what {@link RecordCodec} wrote, making records through their canonical constructors; only Warta's own
 * records and enums are ever made, and anything that does not add up is an {@link IOException}.
 */
final class RecordReader {
    private final DataInputStream in;
    private final List<Class<?>> classes = new ArrayList<>();

    RecordReader(DataInputStream in) {
        this.in = in;
    }

    Object read() throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case RecordCodec.NULL -> null;
            case RecordCodec.STRING -> string();
            case RecordCodec.INT -> in.readInt();
            case RecordCodec.BOOLEAN -> in.readBoolean();
            case RecordCodec.ENUM -> enumConstant(type(), string());
            case RecordCodec.LIST -> list();
            case RecordCodec.MAP -> map();
            case RecordCodec.RECORD -> record(type());
            case RecordCodec.TIME -> time(string(), string());
            default -> throw new IOException("unknown tag " + tag);
        };
    }

    private List<Object> list() throws IOException {
        int size = count();
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(read());
        }
        return Collections.unmodifiableList(values);
    }

    private Map<Object, Object> map() throws IOException {
        int size = count();
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(read(), read());
        }
        return map;
    }

    private static Object time(String kind, String text) throws IOException {
        Function<String, Object> parse = RecordCodec.TIMES.get(kind);
        if (parse == null) {
            throw new IOException("unknown kind of time " + kind);
        }
        return parse.apply(text);
    }

    private Object record(Class<?> type) throws IOException {
        RecordCodec.Shape shape = RecordCodec.shape(type);
        Object[] values = new Object[shape.accessors().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read();
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("cannot make a " + type.getName() + ": " + e, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) throws IOException {
        if (!type.isEnum()) {
            throw new IOException(type.getName() + " is not an enum");
        }
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + name + " in " + type.getName(), e);
        }
    }

    private Class<?> type() throws IOException {
        int number = in.readInt();
        if (number < classes.size()) {
            return classes.get(number);
        }
        if (number != classes.size()) {
            throw new IOException("class number " + number + " out of order");
        }
        String name = string();
        if (!name.startsWith(RecordCodec.OWN)) {
            throw new IOException("refusing to make a " + name);
        }
        try {
            Class<?> type = Class.forName(name, false, RecordReader.class.getClassLoader());
            classes.add(type);
            return type;
        } catch (ClassNotFoundException e) {
            throw new IOException("no class " + name, e);
        }
    }

    private int count() throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available() + 1) {
            throw new IOException("impossible count " + count);
        }
        return count;
    }

    private String string() throws IOException {
        int length = count();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
