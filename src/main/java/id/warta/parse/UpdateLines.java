package id.warta.parse;

import id.warta.content.SourceLine;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outlet's update line pasted with the story: {@code Diperbarui 21 Nov 2024, 10:15 WIB},
 * {@code Update: Kamis, 21/11/2024 10:15 WIB}, {@code Diperbarui: Kamis, 21 November 2024 | 10.15 WIB}. It is page
 * furniture, not story text, and it says when the article last changed, which front matter's {@code updated:} says
 * when the author gives it. Only a whole line that is a label and a readable date counts, so a sentence that mentions
 * an update stays a paragraph.
 */
final class UpdateLines {

    private static final Pattern LINE = Pattern.compile("^(?:Terakhir\\s+)?(?:Diperbarui|Diperbaharui|Update|Updated"
            + "|Pembaruan)\\s*(?:pada\\s*)?[:\\-–]?\\s*(?<when>.{8,60})$", Pattern.CASE_INSENSITIVE);
    /** {@code 21/11/2024} or {@code 21-11-2024}, optionally after a day name, optionally with a time. */
    private static final Pattern NUMERIC = Pattern.compile("^(?:(?<day>[\\p{L}']+),?\\s+)?(?<d>\\d{1,2})[/-](?<m>\\d{1,2})"
            + "[/-](?<y>\\d{4})(?:\\s*,?\\s*(?:pukul\\s*)?(?<h>\\d{1,2})[:.](?<min>\\d{2}))?\\s*(?<zone>WIB|WITA|WIT)?$",
            Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};

    private UpdateLines() {
    }

    /**
     * What an update line says.
     *
     * @param updated the time it gives, or null when its date cannot be read
     * @param warning the date reader's remark (a day name that disagrees), or null
     */
    record Found(OffsetDateTime updated, String warning) {
    }

    /** The update the line gives, or null when the line is not an update line with a readable date. */
    static Found read(String cleanLine) {
        Matcher line = LINE.matcher(cleanLine.strip());
        if (!line.matches()) {
            return null;
        }
        String when = line.group("when").replace('|', ' ').replaceAll("\\s+", " ").strip();
        Matcher numeric = NUMERIC.matcher(when);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group("m"));
            if (month < 1 || month > 12) {
                return null;
            }
            when = (numeric.group("day") == null ? "" : numeric.group("day") + ", ") + numeric.group("d") + " "
                    + MONTHS[month - 1] + " " + numeric.group("y")
                    + (numeric.group("h") == null ? "" : " " + numeric.group("h") + ":" + numeric.group("min"))
                    + (numeric.group("zone") == null ? "" : " " + numeric.group("zone"));
        }
        IndonesianDates.Result result = IndonesianDates.parse(when);
        return result.date() == null ? null : new Found(result.date(), result.warning());
    }

    /** The first update line of the text, with its source line's number. */
    record Taken(UpdateLines.Found found, int line) {
    }

    /** Update lines are furniture: each is set aside as noise, and the first one's time is kept. */
    static Taken take(List<String> lines, List<SourceLine> source, LineKind[] kinds) {
        Taken first = null;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != LineKind.TEXT) {
                continue;
            }
            UpdateLines.Found found = UpdateLines.read(Text.clean(lines.get(i)));
            if (found != null) {
                kinds[i] = LineKind.NOISE;
                if (first == null) {
                    first = new Taken(found, source.get(i).number());
                }
            }
        }
        return first;
    }

}
