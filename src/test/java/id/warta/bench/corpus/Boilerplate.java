package id.warta.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Boilerplate and inline markers left in paragraphs, by the pattern list in {@code boilerplate-patterns.txt} beside
 * this class's resources (one regular expression a line, {@code #} comments), and HTML entities left.
 */
final class Boilerplate implements Measure {

    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,6}|#x[0-9a-fA-F]{1,5});");
    private final Map<String, Pattern> patterns = load();
    private final Map<String, Long> hits = new LinkedHashMap<>();
    private long paragraphsWithBoilerplate;
    private long paragraphsWithEntities;
    private long articlesWithEntities;

    @Override
    public void add(Sample sample) {
        if (sample.article() == null) {
            return;
        }
        boolean entities = false;
        for (id.warta.model.Block.Paragraph paragraph : sample.article().paragraphs()) {
            String p = paragraph.text();
            boolean any = false;
            for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
                if (e.getValue().matcher(p).find()) {
                    hits.merge(e.getKey(), 1L, Long::sum);
                    any = true;
                }
            }
            paragraphsWithBoilerplate += any ? 1 : 0;
            if (p.indexOf('&') >= 0 && ENTITY.matcher(p).find()) {
                paragraphsWithEntities++;
                entities = true;
            }
        }
        articlesWithEntities += entities ? 1 : 0;
    }

    @Override
    public List<String> figures() {
        List<String> out = new ArrayList<>();
        out.add("paragraphs with boilerplate or inline markers: " + paragraphsWithBoilerplate);
        hits.forEach((name, n) -> out.add("  " + name + ": " + n));
        out.add("paragraphs with HTML entities: " + paragraphsWithEntities + " (in " + articlesWithEntities
                + " articles)");
        return out;
    }

    private static Map<String, Pattern> load() {
        Map<String, Pattern> map = new LinkedHashMap<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream("/bench/corpus/boilerplate-patterns.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/corpus/boilerplate-patterns.txt is missing from the test resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    map.put(t, Pattern.compile(t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
