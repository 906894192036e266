package id.warta.bench.corpus;

import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.HeadlineSource;
import id.warta.model.Quote;
import id.warta.parse.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Figures of who said what, derived headlines and dates from the text, over folders of articles: quotes, quotes
 * without a speaker, pronoun speakers, derived headlines that end on a function word, open a quotation or bracket,
 * run words together or pass 100 characters, and articles whose lede has a full date but that stay undated.
 *
 * <p>Run it from the project folder (after {@code mvn -q test-compile}):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.warta.bench.corpus.SpeechFigures -Dexec.args="FOLDER..."
 * </pre>
 * {@code --quotes N} and {@code --headlines N} also print an evenly spaced sample of N quotes (with their paragraph)
 * or derived headlines (with the lede), for reading. The checks here are written independently of the parser's own
 * rules, so that the parser cannot pass them by agreeing with itself.
 */
public final class SpeechFigures {

    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "mereka", "beliau", "kami", "kita", "saya",
            "aku", "anda", "dirinya", "nya", "ia pun", "dia pun");
    /** Prepositions and conjunctions a headline must not end on. */
    private static final Set<String> DANGLING = Set.of("di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan",
            "dalam", "oleh", "atau", "bagi", "tentang", "hingga", "melalui", "kepada", "terhadap", "akan", "per",
            "sebagai", "para", "si", "sang", "serta", "tetapi", "namun", "bahwa", "karena", "agar", "supaya", "jika",
            "ketika", "saat", "sejak", "sampai", "yakni", "yaitu", "seperti", "antara", "usai", "setelah", "sebelum",
            "atas", "soal", "terkait", "menjadi", "adalah", "ialah", "merupakan", "tak", "tidak", "bukan", "juga",
            "pun", "lagi", "sedangkan", "sementara", "meski", "walau", "the", "of", "and", "bersama");
    /** A lower-case letter followed by a capital inside a word, as scrapers leave {@code rencanaAmerika}. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{Ll}{2}\\p{Lu}");
    private static final Set<String> CAMEL = Set.of("iPhone", "iPad", "YouTube", "WhatsApp", "TikTok", "detikcom",
            "PlayStation", "LinkedIn", "PayPal", "McDonald", "GoTo", "GoPay", "OVO", "eSports", "iOS", "macOS",
            "JavaScript", "BlackBerry", "ChatGPT", "OpenAI", "DeepSeek", "SpaceX", "McLaren", "DiCaprio",
            "MotoGP", "KompasTV", "CNBC", "BiznetGio", "SeaBank", "ShopeePay", "LinkAja", "BukaLapak", "TransJakarta",
            "GoFood", "GrabFood", "MetroTV", "PetroChina", "FedEx", "LeBron", "MacBook", "NasDem", "IndoStrategi",
            "AirNav", "detikSumbagsel", "MasterChef", "KontraS");
    private static final String DAY = "(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)";
    private static final String MONTH = "(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
            + "|November|Desember)";
    /** {@code Selasa (12/11/2024)}, {@code Jumat, 15 November 2024}, {@code 15 November 2024}. */
    private static final Pattern FULL_DATE = Pattern.compile(DAY + "\\s*\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)|" + DAY
            + ",?\\s+\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|\\b\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}");

    private SpeechFigures() {
    }

    public static void main(String[] args) throws IOException {
        int quoteSample = 0;
        int headlineSample = 0;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quotes" -> quoteSample = Integer.parseInt(args[++i]);
                case "--headlines" -> headlineSample = Integer.parseInt(args[++i]);
                default -> folders.add(Path.of(args[i]));
            }
        }
        if (folders.isEmpty()) {
            System.err.println("usage: SpeechFigures [--quotes N] [--headlines N] FOLDER...");
            System.exit(2);
        }
        for (Path folder : folders) {
            new Tally(folder, quoteSample, headlineSample).run();
        }
    }

    /** The figures of one folder. */
    private static final class Tally {
        private final Path folder;
        private final int quoteSample;
        private final int headlineSample;
        private int articles;
        private int quotes;
        private int noSpeaker;
        private int pronoun;
        private int resolved;
        private int derived;
        private int endsOnFunctionWord;
        private int opensQuoteOrBracket;
        private int runTogether;
        private int over100;
        private int ledeWithDate;
        private int ledeWithDateUndated;
        private final List<String> quoteLines = new ArrayList<>();
        private final List<String> headlineLines = new ArrayList<>();
        private final List<String> badHeadlines = new ArrayList<>();
        private final List<String> pronounLines = new ArrayList<>();
        private final List<String> undatedLines = new ArrayList<>();

        Tally(Path folder, int quoteSample, int headlineSample) {
            this.folder = folder;
            this.quoteSample = quoteSample;
            this.headlineSample = headlineSample;
        }

        void run() throws IOException {
            ContentReader reader = new ContentReader(folder);
            ArticleParser parser = new ArticleParser();
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path path : files) {
                SourceFile file = reader.read(path).file();
                if (file == null) {
                    continue;
                }
                articles++;
                count(path.getFileName().toString(), file, parser.parse(file));
            }
            print();
        }

        private void count(String name, SourceFile file, Article article) {
            List<Block.Paragraph> paragraphs = article.paragraphs();
            for (Quote quote : article.quotes()) {
                quotes++;
                String speaker = quote.speaker();
                if (speaker == null || speaker.isBlank()) {
                    noSpeaker++;
                } else if (PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))) {
                    pronoun++;
                    pronounLines.add(name + " P" + quote.paragraph() + " [" + speaker + "]");
                }
                if (quote.resolved()) {
                    resolved++;
                }
                String paragraph = quote.paragraph() < paragraphs.size() ? paragraphs.get(quote.paragraph()).text() : "";
                quoteLines.add(name + " P" + quote.paragraph() + " [" + (speaker == null ? "-" : speaker)
                        + (quote.resolved() ? " (resolved)" : "") + "]: " + quote.text() + "\n      | " + paragraph);
            }
            if (article.headlineSource() == HeadlineSource.LEDE) {
                derived++;
                String h = article.headline();
                List<String> faults = new ArrayList<>();
                String[] words = h.split("\\s+");
                String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("\\p{P}+$", "");
                if (words.length > 1 && DANGLING.contains(last)) {
                    endsOnFunctionWord++;
                    faults.add("function word");
                }
                if (unbalanced(h)) {
                    opensQuoteOrBracket++;
                    faults.add("open quote/bracket");
                }
                if (runsTogether(h)) {
                    runTogether++;
                    faults.add("run together");
                }
                if (h.codePointCount(0, h.length()) > 100) {
                    over100++;
                    faults.add("over 100");
                }
                String lede = paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
                String line = name + ": " + h + "\n      | " + abbreviate(lede, 240);
                headlineLines.add(line);
                if (!faults.isEmpty()) {
                    badHeadlines.add(faults + " " + line);
                }
            }
            if (!paragraphs.isEmpty() && file.frontMatter().date() == null) {
                String lede = String.join(" ", paragraphs.subList(0, Math.min(1, paragraphs.size())).stream()
                        .map(Block.Paragraph::text).toList());
                if (FULL_DATE.matcher(lede).find()) {
                    ledeWithDate++;
                    if (article.date() == null) {
                        ledeWithDateUndated++;
                        undatedLines.add(name + ": " + abbreviate(lede, 200));
                    }
                }
            }
        }

        private static boolean unbalanced(String h) {
            int quotesOpen = 0;
            int brackets = 0;
            for (int i = 0; i < h.length(); i++) {
                char c = h.charAt(i);
                if (c == '"' || c == '“' || c == '”') {
                    quotesOpen++;
                } else if (c == '(' || c == '[') {
                    brackets++;
                } else if (c == ')' || c == ']') {
                    brackets--;
                }
            }
            char first = h.isEmpty() ? ' ' : h.charAt(0);
            return quotesOpen % 2 != 0 || brackets != 0 || first == '"' || first == '“' || first == '\'';
        }

        private static boolean runsTogether(String h) {
            for (String word : h.split("\\s+")) {
                String bare = word.replaceAll("^\\p{P}+|\\p{P}+$", "");
                if (RUN_TOGETHER.matcher(bare).find() && CAMEL.stream().noneMatch(bare::contains)
                        && !bare.matches("(?:Mc|Mac|De|Di|Le|La|O')\\p{Lu}\\p{L}+")) {
                    return true;
                }
            }
            return false;
        }

        private void print() {
            System.out.println("== " + folder);
            System.out.println("articles: " + articles);
            System.out.println("quotes: " + quotes);
            System.out.println("quotes without a speaker: " + noSpeaker + " (" + percent(noSpeaker, quotes) + ")");
            System.out.println("pronoun speakers: " + pronoun);
            System.out.println("speakers resolved from an earlier mention: " + resolved);
            System.out.println("derived headlines: " + derived);
            System.out.println("  ending on a function word: " + endsOnFunctionWord);
            System.out.println("  opening a quotation or bracket: " + opensQuoteOrBracket);
            System.out.println("  running words together: " + runTogether);
            System.out.println("  over 100 characters: " + over100);
            int broken = (int) badHeadlines.size();
            System.out.println("  any of these: " + broken + " (" + percent(broken, derived) + ")");
            System.out.println("undated articles whose lede has a full date: " + ledeWithDate);
            System.out.println("  still undated: " + ledeWithDateUndated + " (" + percent(ledeWithDateUndated,
                    ledeWithDate) + ")");
            if (System.getProperty("details") != null) {
                pronounLines.forEach(l -> System.out.println("  pronoun: " + l));
                badHeadlines.forEach(l -> System.out.println("  headline: " + l));
                undatedLines.forEach(l -> System.out.println("  undated: " + l));
            }
            sample("quote", quoteLines, quoteSample);
            sample("headline", headlineLines, headlineSample);
        }

        private static void sample(String what, List<String> lines, int n) {
            if (n <= 0 || lines.isEmpty()) {
                return;
            }
            double step = Math.max(1.0, lines.size() / (double) n);
            for (int k = 0; k < n && (int) (k * step) < lines.size(); k++) {
                System.out.println("  " + what + " " + (k + 1) + ": " + lines.get((int) (k * step)));
            }
        }

        private static String percent(int part, int whole) {
            return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
        }

        private static String abbreviate(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max) + "…";
        }
    }
}
