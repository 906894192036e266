package id.warta.cli;

import id.warta.content.ContentReader;
import id.warta.parse.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta new}: starts a draft article with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes content/<slug>.txt: front matter (title, date now in Asia/Jakarta, tags,"
                + " draft: true) and a placeholder lede; with --halaman, content/halaman/<slug>.txt, a standalone"
                + " page linked from every page's footer. Never overwrites a file.",
        footer = {"", "Examples:", "  warta new \"Banjir Rendam Jakarta Utara\"",
                "  warta new \"Harga Beras Naik Jelang Lebaran\" --tags ekonomi,pangan",
                "  warta new \"Timnas Lolos ke Semifinal\" --content arsip/olahraga",
                "  warta new --halaman \"Pedoman Pemberitaan Media Siber\""})
final class NewCommand implements Callable<Integer> {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Indonesian, like the site: the editor replaces it with the real lede. */
    static final String PLACEHOLDER_LEDE = "Tulis teras berita di sini: apa yang terjadi, siapa, kapan, di mana,"
            + " mengapa, dan bagaimana.";

    static final String PLACEHOLDER_PAGE = "Tulis isi halaman di sini. Satu baris satu paragraf; baris yang"
            + " diawali \"## \" menjadi subjudul.";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HEADLINE", description = "The article's headline, used as written.")
    private String headline;

    @Option(names = "--tags", paramLabel = "TAG", split = ",", description = "Tags, separated by commas.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--halaman", description = "Write a standalone page (Redaksi, Kontak...) into"
            + " content/halaman/ instead of an article.")
    private boolean page;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of article files (default: ${DEFAULT-VALUE}).")
    private Path content;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String title = headline.strip();
        if (title.isEmpty() || title.contains("\n") || title.contains("\r")) {
            err.println("warta new: the headline must be one non-empty line, such as \"Banjir Rendam Jakarta\"");
            return ExitCodes.USAGE;
        }
        Path folder = page ? content.resolve(ContentReader.PAGES_FOLDER) : content;
        Path file = folder.resolve(Slugs.fromHeadline(title) + ".txt");
        String shown = file.toString().replace('\\', '/');
        ZonedDateTime now = ZonedDateTime.now(Environment.of(spec).clock().withZone(JAKARTA));
        try {
            Files.createDirectories(folder);
            Files.writeString(file, page ? pageText(title) : text(title, now, cleanTags()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + shown + " already exists and was left as it is; edit it, or choose a"
                    + " different headline");
            return ExitCodes.CONTENT_ERROR;
        } catch (IOException e) {
            err.println("error: " + shown + " cannot be written (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); check that " + content + " is a writable folder");
            return ExitCodes.OUTPUT_ERROR;
        }
        if (page) {
            out.println("Created " + shown + ". Write the page; the footer of every page links to it, in the order"
                    + " of the file names in " + ContentReader.PAGES_FOLDER + "/.");
            return ExitCodes.OK;
        }
        out.println("Created " + shown + " (draft). Write the article, remove `draft: true` to publish it,"
                + " and preview it with `warta serve`.");
        return ExitCodes.OK;
    }

    private List<String> cleanTags() {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.isBlank()) {
                clean.add(tag.strip());
            }
        }
        return new ArrayList<>(clean);
    }

    /** A standalone page: its title, and a placeholder paragraph in Indonesian like the site. */
    static String pageText(String title) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build();
        String yaml = new Dump(settings).dumpToString(new LinkedHashMap<>(Map.of("title", title)));
        return "---\n" + yaml + "---\n" + PLACEHOLDER_PAGE + "\n";
    }

    /** The article file: YAML written by SnakeYAML Engine, so a colon or quote in a headline stays valid. */
    static String text(String title, ZonedDateTime now, List<String> tags) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", title);
        frontMatter.put("date", DATE.format(now));
        frontMatter.put("tags", tags);
        frontMatter.put("draft", true);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.AUTO).setWidth(1000).build();
        String yaml = new Dump(settings).dumpToString(frontMatter);
        return "---\n" + yaml + "---\n" + PLACEHOLDER_LEDE + "\n";
    }
}
