package id.warta.bench.corpus;

import java.util.List;
import java.util.regex.Pattern;

/** Paragraph count, walls (over 1,500 characters) and fragments (under 30 characters, no sentence punctuation). */
final class ParagraphShapes implements Measure {

    static final int WALL = 1500;
    static final int FRAGMENT = 30;
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}[.)]\\s.*");

    private long paragraphs;
    private long walls;
    private long fragments;
    private long numberedHeadings;
    private long articlesWithWalls;

    @Override
    public void add(Sample sample) {
        if (sample.article() == null) {
            return;
        }
        boolean wall = false;
        for (id.warta.model.Block.Paragraph paragraph : sample.article().paragraphs()) {
            String p = paragraph.text();
            paragraphs++;
            if (p.length() > WALL) {
                walls++;
                wall = true;
            }
            if (p.length() < FRAGMENT && !p.matches("(?s).*[.!?…][\"”’')]*$")) {
                if (NUMBERED_HEADING.matcher(p).matches()) {
                    numberedHeadings++;
                } else {
                    fragments++;
                }
            }
        }
        articlesWithWalls += wall ? 1 : 0;
    }

    @Override
    public List<String> figures() {
        return List.of("paragraphs: " + paragraphs,
                "walls over " + WALL + " characters: " + walls + " (" + Measure.percent(walls, paragraphs)
                        + ", in " + articlesWithWalls + " articles)",
                "fragments under " + FRAGMENT + " characters without sentence punctuation: " + fragments + " ("
                        + Measure.percent(fragments, paragraphs) + "), numbered headings aside: " + numberedHeadings);
    }
}
