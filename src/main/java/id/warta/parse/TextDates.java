package id.warta.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text gives when the front matter has none (conventions §6): the first full date of the lede, in the
 * forms {@code Selasa (12/11/2024)}, {@code Jumat, 15 November 2024} and {@code 15 November 2024}. A day name that
 * disagrees with its date makes that date unusable. Partial dates ({@code Kamis (21/5)}) are never used.
 */
final class TextDates {

    private static final String DAY = "(?<day>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)";
    private static final String MONTH = "(?<month>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
            + "|Oktober|November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Agus|Sep|Sept|Okt|Nov|Des)";
    /** {@code Selasa (12/11/2024)}, {@code Selasa, (12/11/2024)}, {@code Selasa 12/11/2024}. */
    private static final Pattern NUMERIC = Pattern.compile("\\b" + DAY
            + "\\s*,?\\s*\\(?\\s*(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})\\s*\\)?");
    /** {@code Jumat, 15 November 2024}, {@code Jumat 15 Nov. 2024}, {@code 15 November 2024}. */
    private static final Pattern WORDS = Pattern.compile("(?:\\b" + DAY + "\\s*,?\\s+)?\\b(?<d>\\d{1,2})\\s+" + MONTH
            + "\\.?\\s+(?<y>\\d{4})\\b");
    private static final Map<String, Integer> DAYS = Map.of("senin", 1, "selasa", 2, "rabu", 3, "kamis", 4,
            "jumat", 5, "jum'at", 5, "sabtu", 6, "minggu", 7, "ahad", 7);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("des", 12));

    /** A date found in the text, as written there; {@code wrongDay} names a day name that disagreed, if any. */
    record Found(LocalDate date, String written, String wrongDay) { }

    private TextDates() {
    }

    /** The first full date of the text whose day name (if any) agrees, or null. */
    static Found first(String text) {
        Found best = null;
        String wrong = null;
        for (Pattern pattern : new Pattern[] {NUMERIC, WORDS}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (best != null && m.start() > text.indexOf(best.written())) {
                    break;
                }
                LocalDate date = date(m, pattern == NUMERIC);
                if (date == null) {
                    continue;
                }
                String day = m.group("day");
                if (day != null && DAYS.get(day.toLowerCase(Locale.ROOT)) != date.getDayOfWeek().getValue()) {
                    wrong = m.group().strip();
                    continue;
                }
                best = new Found(date, m.group().strip(), null);
                break;
            }
        }
        return best != null ? best : wrong != null ? new Found(null, wrong, wrong) : null;
    }

    private static LocalDate date(Matcher m, boolean numeric) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int month = numeric ? Integer.parseInt(m.group("m"))
                    : MONTHS.get(m.group("month").toLowerCase(Locale.ROOT).substring(0, 3));
            return year < 1900 || year > 2200 ? null : LocalDate.of(year, month, Integer.parseInt(m.group("d")));
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return null; // 31/02, a month name that is not one: no date
        }
    }
}
