package id.warta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates a benchmark corpus of N realistic Indonesian news articles, the same articles twice: Warta {@code .txt}
 * files and Hugo Markdown. Same seed and N, same bytes. Uses only the JDK, so it runs straight from
 * {@code target/test-classes}.
 *
 * <pre>java -cp target/test-classes id.warta.bench.CorpusGenerator N WARTA_DIR HUGO_CONTENT_DIR [SEED]</pre>
 */
public final class CorpusGenerator {
    public static final long DEFAULT_SEED = 20_240_521L;

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZonedDateTime FIRST_DAY = ZonedDateTime.of(2019, 1, 1, 0, 0, 0, 0, JAKARTA);
    private static final int SPAN_MINUTES = 6 * 365 * 24 * 60;
    private static final int MAX_SLUG = 80;

    private final List<PlannedArticle> plan;
    private final ArticleBodies bodies;

    public CorpusGenerator(long seed, int count) {
        this(seed, count, false);
    }

    /**
     * @param unmatched whether four read-also lines in five name articles that are not in the corpus (titles made
     *     the same way from another seed), as in an imported archive; the articles are otherwise the same
     */
    public CorpusGenerator(long seed, int count, boolean unmatched) {
        this.plan = plan(seed, count);
        this.bodies = new ArticleBodies(seed, plan, unmatched ? plan(seed + 1, count) : null);
    }

    public int size() {
        return plan.size();
    }

    /** The Warta file name of article {@code index}. */
    public String wartaFileName(int index) {
        return plan.get(index).fileName();
    }

    /** The Hugo file name of article {@code index}: its slug, so Hugo's path is Warta's. */
    public String hugoFileName(int index) {
        return plan.get(index).slug() + ".md";
    }

    /** Article {@code index} in Warta's format. */
    public String warta(int index) {
        PlannedArticle article = plan.get(index);
        return CorpusFormats.warta(article, bodies.write(article));
    }

    /** Article {@code index} as Hugo Markdown. */
    public String hugo(int index) {
        PlannedArticle article = plan.get(index);
        return CorpusFormats.hugo(article, bodies.write(article));
    }

    /** Writes the corpus into two directories, which must be empty or absent; returns the bytes of Warta text. */
    public long write(Path wartaDir, Path hugoDir) throws IOException {
        requireEmpty(wartaDir);
        requireEmpty(hugoDir);
        Files.createDirectories(wartaDir);
        Files.createDirectories(hugoDir);
        long bytes = 0;
        for (PlannedArticle article : plan) {
            List<BodyPart> body = bodies.write(article);
            byte[] warta = CorpusFormats.warta(article, body).getBytes(StandardCharsets.UTF_8);
            Files.write(wartaDir.resolve(article.fileName()), warta);
            Files.writeString(hugoDir.resolve(article.slug() + ".md"), CorpusFormats.hugo(article, body));
            bytes += warta.length;
        }
        return bytes;
    }

    public static void main(String[] args) throws IOException {
        boolean unmatched = List.of(args).contains("--unmatched");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--unmatched")).toArray(String[]::new);
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: CorpusGenerator N WARTA_DIR HUGO_CONTENT_DIR [SEED] [--unmatched]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length == 4 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        try {
            long bytes = new CorpusGenerator(seed, count, unmatched).write(Path.of(args[1]), Path.of(args[2]));
            System.out.printf(Locale.ROOT, "generated %d articles (%.1f MB of Warta text, seed %d) into %s and %s%n",
                    count, bytes / 1e6, seed, args[1], args[2]);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; delete it or choose another directory");
                }
            }
        }
    }

    /** Titles, dates, tags and file names for the whole corpus, from one random stream so they never repeat. */
    private static List<PlannedArticle> plan(long seed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of articles must be at least 1, not " + count);
        }
        Random random = new Random(seed);
        Set<String> slugs = new HashSet<>();
        List<PlannedArticle> plan = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            Topics.Topic topic = Newsroom.pick(random, Topics.ALL);
            String title = uniqueTitle(random, topic, slugs, index);
            ZonedDateTime date = FIRST_DAY.plusMinutes(random.nextInt(SPAN_MINUTES));
            List<String> tags = new ArrayList<>(topic.tags());
            int keep = 1 + random.nextInt(3);
            List<String> chosen = new ArrayList<>(keep);
            for (int i = 0; i < keep; i++) {
                chosen.add(tags.remove(random.nextInt(tags.size())));
            }
            String author = random.nextBoolean() ? Newsroom.personName(random) : null;
            String fileName = String.format(Locale.ROOT, "%06d_%016x.txt", index, random.nextLong());
            plan.add(new PlannedArticle(index, fileName, topic, title, slug(title), date, List.copyOf(chosen),
                    author));
        }
        return List.copyOf(plan);
    }

    private static String uniqueTitle(Random random, Topics.Topic topic, Set<String> slugs, int index) {
        for (int attempt = 0; attempt < 30; attempt++) {
            StringBuilder title = new StringBuilder(Newsroom.pick(random, topic.actors())).append(' ')
                    .append(Newsroom.pick(random, topic.actions()));
            if (random.nextInt(4) != 0) {
                title.append(" di ").append(Newsroom.pick(random, Newsroom.PLACES));
            }
            if (random.nextInt(3) == 0) {
                title.append(' ').append(Newsroom.pick(random, Newsroom.WHEN));
            }
            if (slugs.add(slug(title.toString()))) {
                return title.toString();
            }
        }
        String title = Newsroom.pick(random, topic.actors()) + " " + Newsroom.pick(random, topic.actions())
                + " Bagian " + (index + 1);
        slugs.add(slug(title));
        return title;
    }

    /** Warta's slug rule for ASCII headlines: lower-case words joined by hyphens, cut at a word within 80 characters. */
    static String slug(String title) {
        StringBuilder slug = new StringBuilder();
        for (String word : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (slug.length() + word.length() + (slug.length() == 0 ? 0 : 1) > MAX_SLUG) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word);
        }
        return slug.toString();
    }
}
