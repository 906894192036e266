package id.warta.parse;

import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.Editorial;
import id.warta.model.HeadlineSource;
import id.warta.model.Problem;
import id.warta.model.Quote;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a source file into an article. Never throws on bad text: doubtful lines become warnings,
 * unusable fields (a wrong date) become errors in {@link Article#problems()}.
 *
 * <p>The parse works on whole lines: the classifier gives each line a {@link LineKind}, the foot is peeled bottom-up,
 * the head (title line, bylines, dateline) is read top-down, and what is left is paragraphs. Every non-blank line
 * ends in exactly one place.
 */
public final class ArticleParser {

    /**
     * Tunable limits.
     *
     * @param headlineMaxLength the longest derived headline, cut where a clause ends
     */
    public record Settings(int headlineMaxLength) {
        public static final Settings DEFAULT = new Settings(90);

        public Settings {
            if (headlineMaxLength < 10) {
                throw new IllegalArgumentException("headlineMaxLength must be at least 10, not " + headlineMaxLength);
            }
        }
    }

    private final Settings settings;

    public ArticleParser() {
        this(Settings.DEFAULT);
    }

    public ArticleParser(Settings settings) {
        this.settings = settings;
    }

    public Article parse(SourceFile file) {
        try {
            return ReadAlsoLinks.apply(run(file).article(), file.frontMatter().links());
        } catch (RuntimeException | StackOverflowError e) {
            return Fallback.article(file, e);
        }
    }

    /** The parse with its line bookkeeping; may throw on a parser bug, which {@link #parse} turns into a warning. */
    ParseRun run(SourceFile file) {
        BodyRepair repair = BodyRepair.of(file);
        List<SourceLine> source = repair.lines();
        List<String> lines = source.stream().map(SourceLine::text).toList();
        List<Problem> problems = new ArrayList<>(file.problems());
        problems.addAll(repair.problems());
        LineKind[] kinds = new LineKind[lines.size()];
        for (int i = 0; i < kinds.length; i++) {
            LineKind preset = repair.preset().get(i);
            kinds[i] = preset != null ? preset : LineClassifier.classify(lines.get(i));
        }
        claimBoxTitles(file, source, lines, kinds, problems);
        UpdateLines.Taken textUpdate = UpdateLines.take(lines, source, kinds);

        CreditsPeeler credits = new CreditsPeeler();
        credits.peel(lines, kinds);
        FrontMatter fm = file.frontMatter();
        BodyHead.Head head = BodyHead.read(lines, kinds, fm.title(), credits);
        credits.collect(lines, kinds);

        List<Block> body = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        String boxLabel = null;
        for (int i = 0; i < kinds.length; i++) {
            int number = source.get(i).number();
            String text = lines.get(i).strip();
            switch (kinds[i]) {
                case TEXT -> {
                    kinds[i] = LineKind.PARAGRAPH;
                    String paragraph = i == head.ledeLine() ? head.ledeText() : text;
                    String label = ReadAlsoRule.labelInside(paragraph);
                    if (label != null) {
                        problems.add(Problem.warning(file.name(), number, "read-also label `" + label + "` sits inside"
                                + " this paragraph (a scraper joined the lines); put the label and its title on a line"
                                + " of their own, the paragraph was kept as written"));
                    }
                    body.add(new Block.Paragraph(paragraphs.size(), paragraph, number));
                    paragraphs.add(paragraph);
                }
                case READ_ALSO -> {
                    ReadAlsoRule.Link link = ReadAlsoRule.inline(Text.clean(text));
                    body.add(new Block.ReadAlso(link.label(), link.title(), null, paragraphs.size() - 1, number));
                }
                case READ_ALSO_LABEL -> boxLabel = ReadAlsoRule.aloneLabel(Text.clean(text));
                case READ_ALSO_TITLE -> body.add(new Block.ReadAlso(boxLabel, Text.clean(text), null,
                        paragraphs.size() - 1, number));
                case NOISE -> noise.add(text);
                default -> { }
            }
        }

        List<Quote> quotes = SpeakerResolver.resolve(paragraphs);
        List<String> attributions = AttributionFinder.find(paragraphs);

        String headline;
        HeadlineSource headlineSource;
        if (fm.title() != null) {
            headline = fm.title().strip();
            headlineSource = HeadlineSource.FRONT_MATTER;
        } else if (head.titleLine() != null) {
            headline = head.titleLine();
            headlineSource = HeadlineSource.TITLE_LINE;
        } else if (credits.credits().syndication() != null && credits.credits().syndication().title() != null) {
            headline = credits.credits().syndication().title().strip();
            headlineSource = HeadlineSource.SYNDICATION;
        } else {
            headline = DerivedHeadline.derive(paragraphs, quotes, settings.headlineMaxLength());
            headlineSource = HeadlineSource.LEDE;
        }
        if (paragraphs.isEmpty()) {
            problems.add(Problem.warning(file.name(), 0, "the article has no body paragraphs; write the story below"
                    + " the front matter, one paragraph per line"));
        }
        if (headline.isEmpty()) {
            headline = "Tanpa Judul";
            problems.add(Problem.warning(file.name(), 0, "no headline could be found; add `title:` to the front matter"));
        }
        String slug = Slugs.fromHeadline(fm.slug() != null ? fm.slug() : headline);
        OffsetDateTime date = date(file, problems);
        // The documented `outlet:` names the outlet only where the text's dateline does not.
        Dateline dateline = head.dateline().withOutletIfNone(fm.outlet());
        if (date == null && file.frontMatter().date() == null && !paragraphs.isEmpty()) {
            TextDates.Found given = TextDates.first(paragraphs.get(0));
            if (given != null && given.date() != null) {
                date = given.date().atStartOfDay(IndonesianDates.JAKARTA).toOffsetDateTime();
                dateline = dateline.withTextDate(given.date());
            } else if (given != null) {
                int ledeNumber = body.stream().filter(Block.Paragraph.class::isInstance).findFirst()
                        .map(b -> ((Block.Paragraph) b).line()).orElse(0);
                problems.add(Problem.warning(file.name(), ledeNumber, "the lede's date `" + given.wrongDay() + "` names the wrong"
                        + " day, so it was not used as the article's date; correct it or add `date:` to the front matter"));
            }
        }
        Editorial editorial = editorial(file, problems, textUpdate);
        problems.sort(Comparator.comparingInt(Problem::line));

        Credits foot = credits.credits();
        List<String> tags = fm.tags().isEmpty() ? repair.tags() : fm.tags(); // the page's tag lines, unless told
        Article article = new Article(file.name(), headline, headlineSource, slug, dateline, date, fm.author(),
                fm.description(), tags, fm.draft(), fm.image(), fm.imageCaption(), body, attributions, quotes,
                foot, credits.endMarker(), noise, problems, editorial);
        List<ParseRun.LineFate> fates = new ArrayList<>(repair.absorbed());
        int piece = 0;
        for (int i = 0; i < kinds.length; i++) {
            int number = source.get(i).number();
            piece = i > 0 && source.get(i - 1).number() == number ? piece + 1 : 0;
            if (kinds[i] != LineKind.BLANK) {
                fates.add(new ParseRun.LineFate(number, piece, kinds[i]));
            }
        }
        return new ParseRun(article, fates);
    }

    /** Titles under a lone read-also label; a label with nothing under it is furniture, and flagged. */
    private static void claimBoxTitles(SourceFile file, List<SourceLine> source, List<String> lines, LineKind[] kinds,
                                       List<Problem> problems) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != LineKind.READ_ALSO_LABEL) {
                continue;
            }
            int titles = 0;
            int j = i + 1;
            for (; j < kinds.length; j++) {
                if (kinds[j] == LineKind.BLANK || kinds[j] == LineKind.NOISE) {
                    continue;
                }
                if (kinds[j] != LineKind.TEXT || !ReadAlsoRule.isBoxTitle(Text.clean(lines.get(j)))) {
                    break;
                }
                kinds[j] = LineKind.READ_ALSO_TITLE;
                titles++;
            }
            if (titles == 0) {
                kinds[i] = LineKind.NOISE;
                problems.add(Problem.warning(file.name(), source.get(i).number(), "read-also label `"
                        + Text.clean(lines.get(i)) + "` has no related title under it; it was dropped as noise"));
            }
            i = j - 1;
        }
    }

    private static OffsetDateTime date(SourceFile file, List<Problem> problems) {
        return frontMatterDate(file, "date", file.frontMatter().date(), problems);
    }

    /**
     * The front matter's section, pick, people and update time; {@code updated:} reads like {@code date:}. Without
     * it, the text's update line gives the time.
     */
    private static Editorial editorial(SourceFile file, List<Problem> problems,
                                       UpdateLines.Taken textUpdate) {
        FrontMatter fm = file.frontMatter();
        String section = fm.rubrik() == null || fm.rubrik().isBlank() ? null : fm.rubrik().strip();
        OffsetDateTime updated = frontMatterDate(file, "updated", fm.updated(), problems);
        if (textUpdate != null && fm.updated() == null) {
            updated = textUpdate.found().updated();
            problems.add(Problem.warning(file.name(), textUpdate.line(), "the update line was taken out of the body and"
                    + " gives the update time " + updated + "; add `updated:` to the front matter to set it yourself"));
            if (textUpdate.found().warning() != null) {
                problems.add(Problem.warning(file.name(), textUpdate.line(), textUpdate.found().warning()));
            }
        } else if (textUpdate != null) {
            problems.add(Problem.warning(file.name(), textUpdate.line(), "the update line was taken out of the body;"
                    + " the front matter's `updated:` gives the update time"));
        }
        return new Editorial(section, updated, fm.pilihan(), fm.tokoh());
    }

    private static OffsetDateTime frontMatterDate(SourceFile file, String key, String raw, List<Problem> problems) {
        if (raw == null) {
            return null;
        }
        IndonesianDates.Result result = IndonesianDates.parse(raw);
        int line = file.frontMatter().lineOf(key, 0);
        if (result.error() != null) {
            problems.add(Problem.error(file.name(), line, "`" + key + ": " + raw + "` cannot be read: " + result.error()
                    + "; write it as 2024-11-21, 2024-11-21 09:30, 2024-11-21T09:30:00+07:00"
                    + " or Kamis, 21 November 2024 09:30 WIB"));
        } else if (result.warning() != null) {
            problems.add(Problem.warning(file.name(), line, result.warning()));
        }
        return result.date();
    }
}
