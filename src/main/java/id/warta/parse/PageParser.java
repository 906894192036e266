package id.warta.parse;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Problem;
import id.warta.model.StandalonePage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a standalone page: a title, then one paragraph per line and a subheading per {@code ## } line. None of the
 * article rules apply (no dateline, quotes or credits), since "Pemimpin Redaksi: Nama" is the page's content there.
 */
public final class PageParser {
    /** {@code 01-redaksi} lists first and is published as {@code redaksi}. */
    private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+[-_. ]+");

    /**
     * What reading the page gave.
     *
     * @param page the page, or null when it cannot be published
     * @param problems what is wrong with it, each naming the file and line
     */
    public record Result(StandalonePage page, List<Problem> problems) { }

    private PageParser() {
    }

    public static Result parse(SourceFile file) {
        List<Problem> problems = new ArrayList<>(); // the reader already reported the file's own
        String title = file.frontMatter().title();
        if (title == null || title.isBlank()) {
            problems.add(Problem.error(file.name(), 1, "a page needs a title: start the file with front matter"
                    + " such as `---`, `title: Redaksi`, `---`"));
            return new Result(null, problems);
        }
        List<StandalonePage.Block> blocks = new ArrayList<>();
        for (SourceLine line : file.lines()) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = text.startsWith("## ");
            blocks.add(new StandalonePage.Block(heading, heading ? text.substring(3).strip() : text));
        }
        if (blocks.isEmpty()) {
            problems.add(Problem.warning(file.name(), 0, "has no text, so the page shows its title alone;"
                    + " write the page below its front matter"));
        }
        String slug = file.frontMatter().slug() != null ? Slugs.fromHeadline(file.frontMatter().slug())
                : Slugs.fromHeadline(ORDER_PREFIX.matcher(baseName(file.name())).replaceFirst(""));
        if (slug.isEmpty()) {
            slug = Slugs.fromHeadline(title);
        }
        return new Result(new StandalonePage(file.name(), title.strip(), slug, file.frontMatter().description(),
                blocks), problems);
    }

    private static String baseName(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }
}
