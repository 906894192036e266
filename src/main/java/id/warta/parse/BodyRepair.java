package id.warta.parse;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The body's lines made fit for classification, before any rule reads them: characters repaired
 * ({@link TextRepair}), a wall of joined text cut into pieces ({@link JoinedText}), lines a browser broke joined
 * again ({@link LineJoins}), a trailing tag list taken out ({@link TagLines}), and a line repeated at once kept once.
 * Every source line is accounted for: a piece keeps its line's number, a joined line is recorded as
 * {@link LineKind#JOINED}.
 *
 * @param lines the working lines, in order; the pieces of one source line share its number
 * @param preset the kind a repair already settled for each working line, or null for the classifier to decide
 * @param absorbed source lines joined into the working line before them
 * @param problems warnings about what was repaired, with line numbers
 * @param tags the page's tag lines, in order
 */
record BodyRepair(List<SourceLine> lines, List<LineKind> preset, List<ParseRun.LineFate> absorbed,
                  List<Problem> problems, List<String> tags) {

    static BodyRepair of(SourceFile file) {
        List<SourceLine> source = file.lines();
        List<Problem> problems = new ArrayList<>();
        String[] texts = new String[source.size()];
        List<List<String>> notes = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            notes.add(new ArrayList<>());
            texts[i] = TextRepair.repair(source.get(i).text(), notes.get(i));
        }
        LinkGlue glue = LinkGlue.of(List.of(texts));
        for (int i = 0; i < texts.length; i++) {
            List<String> split = new ArrayList<>();
            texts[i] = glue.split(texts[i], split);
            for (String note : notes.get(i)) {
                String kept = CamelJoins.stillLeft(note, texts[i]); // a word the glue split is no longer left
                if (kept != null) {
                    problems.add(Problem.warning(file.name(), source.get(i).number(), kept));
                }
            }
            for (String note : split) {
                problems.add(Problem.warning(file.name(), source.get(i).number(), note));
            }
        }
        BodyRepair repair = new BodyRepair(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), problems,
                new ArrayList<>());
        if (JoinedText.isJoined(List.of(texts))) {
            repair.cutWalls(file, source, texts);
        } else {
            repair.joinBrokenLines(file, source, texts);
        }
        return repair;
    }

    private void cutWalls(SourceFile file, List<SourceLine> source, String[] texts) {
        for (int i = 0; i < texts.length; i++) {
            int number = source.get(i).number();
            if (texts[i].strip().length() < JoinedText.SEGMENT_LENGTH) {
                add(number, texts[i], null);
                continue;
            }
            // No-break spaces are spaces to the sentence and title rules that cut the wall.
            String wall = texts[i].replace('\u00A0', ' ');
            List<JoinedText.Piece> pieces = JoinedText.split(wall);
            long paragraphs = pieces.stream().filter(p -> p.kind() == null).count();
            problems.add(Problem.warning(file.name(), number, "re-paragraphed joined text: " + Text.wordCount(wall)
                    + " words on one line became " + paragraphs + " paragraphs and " + (pieces.size() - paragraphs)
                    + " other pieces; write one paragraph per line to keep your own breaks"));
            for (JoinedText.Piece piece : pieces) {
                LineKind kind = piece.kind();
                if (kind == LineKind.READ_ALSO && ReadAlsoRule.inline(Text.clean(piece.text())) == null) {
                    kind = LineKind.NOISE; // a label with no title the read-also rule accepts
                }
                add(number, piece.text(), kind);
            }
        }
    }

    private void joinBrokenLines(SourceFile file, List<SourceLine> source, String[] texts) {
        String[] clean = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            clean[i] = Text.clean(texts[i]);
        }
        int firstTag = TagLines.firstTag(clean);
        int end = firstTag < 0 ? texts.length : firstTag;
        String previous = null;
        for (int i = 0; i < end; i++) {
            int number = source.get(i).number();
            if (clean[i].isEmpty()) {
                add(number, texts[i], null);
                previous = null;
                continue;
            }
            int last = lines.size() - 1;
            String current = last >= 0 ? Text.clean(lines.get(last).text()) : "";
            boolean afterText = previous != null && preset.get(last) == null;
            if (LineJoins.isLoneDash(clean[i])) {
                int next = i + 1 < end && !clean[i + 1].isEmpty() && LineJoins.plain(List.of(clean[i + 1])) ? i + 1 : -1;
                if (afterText && next > 0 && LineJoins.datelineBefore(current) && LineJoins.plain(List.of(current))) {
                    replaceLast(current + " - " + clean[next]);
                    absorbed.add(new ParseRun.LineFate(number, 0, LineKind.JOINED));
                    absorbed.add(new ParseRun.LineFate(source.get(next).number(), 0, LineKind.JOINED));
                    i = next;
                } else {
                    add(number, texts[i], LineKind.NOISE);
                    problems.add(Problem.warning(file.name(), number, "a lone `" + clean[i] + "` line (a dateline"
                            + " whose place was removed) was dropped as noise"));
                }
                previous = clean[i];
                continue;
            }
            // The cheap test of the two lines' ends first: most lines end a sentence, and are spared the classifier.
            LineJoins.Join join = afterText ? LineJoins.join(current, clean[i]) : LineJoins.Join.NONE;
            if (join != LineJoins.Join.NONE && !LineJoins.plain(List.of(current, clean[i]))) {
                join = LineJoins.Join.NONE;
            }
            if (join != LineJoins.Join.NONE) {
                replaceLast(current + (join == LineJoins.Join.SPACE ? " " : "") + clean[i]);
                absorbed.add(new ParseRun.LineFate(number, 0, LineKind.JOINED));
            } else if (previous != null && clean[i].equals(previous)) {
                add(number, texts[i], LineKind.NOISE);
                problems.add(Problem.warning(file.name(), number, "this line repeats the line before it; it was kept"
                        + " once and the copy dropped as noise"));
            } else {
                add(number, texts[i], null);
            }
            previous = clean[i];
        }
        for (int i = end; i < texts.length; i++) {
            add(source.get(i).number(), texts[i], clean[i].isEmpty() ? null : LineKind.TAG);
            if (!clean[i].isEmpty()) {
                tags.add(clean[i]);
            }
        }
    }

    private void add(int number, String text, LineKind kind) {
        lines.add(new SourceLine(number, text));
        preset.add(kind);
    }

    private void replaceLast(String text) {
        int last = lines.size() - 1;
        lines.set(last, new SourceLine(lines.get(last).number(), text));
    }
}
