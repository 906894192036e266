package id.warta.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-matter publication dates (conventions §6): ISO-8601 with or without time and offset, {@code 2024-11-21 09:30},
 * and the outlets' display form {@code Kamis, 21 November 2024 09:30 WIB}. Without an offset the time is Jakarta's.
 * In-text dates such as {@code (21/5)} are event dates and are never read here.
 */
final class IndonesianDates {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** {@code 2024-11-21}, {@code 2024-11-21T09:30:00+07:00}, {@code 2024-11-21 09:30}, {@code 2024-11-21T02:30Z}. */
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?|WIB|WITA|WIT)?$", Pattern.CASE_INSENSITIVE);
    /** {@code Kamis, 21 November 2024 09:30 WIB}, {@code 21 Nov 2024}, {@code Jum'at, 15 Nov 2024, 14.30 WITA}. */
    private static final Pattern DISPLAY = Pattern.compile(
            "^(?:(?<day>[\\p{L}']+)\\s*,?\\s+)?(?<d>\\d{1,2})\\s+(?<month>\\p{L}+)\\.?\\s+(?<y>\\d{4})"
                    + "(?:\\s*,?\\s*(?:pukul|jam)?\\s*(?<h>\\d{1,2})[:.](?<min>\\d{2})(?:[:.](?<s>\\d{2}))?)?"
                    + "\\s*(?<zone>WIB|WITA|WIT|Z|[+-]\\d{2}:?\\d{2})?$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("pebruari", 2), Map.entry("february", 2),
            Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("agustus", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("agus", 8),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("des", 12), Map.entry("dec", 12), Map.entry("december", 12));
    private static final Map<String, Integer> DAYS = Map.of("senin", 1, "selasa", 2, "rabu", 3, "kamis", 4,
            "jumat", 5, "jum'at", 5, "sabtu", 6, "minggu", 7, "ahad", 7);
    private static final String[] DAY_NAMES = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    /** A parsed date, or why it could not be read; a day name that disagrees with the date is a warning. */
    record Result(OffsetDateTime date, String error, String warning) { }

    private IndonesianDates() {
    }

    static Result parse(String raw) {
        String text = raw.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                LocalDateTime local = LocalDateTime.of(LocalDate.of(num(iso.group(1)), num(iso.group(2)), num(iso.group(3))),
                        java.time.LocalTime.of(num(iso.group(4)), num(iso.group(5)), num(iso.group(6)), nanos(iso.group(7))));
                return new Result(withZone(local, iso.group(8)), null, null);
            }
            Matcher m = DISPLAY.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
                if (month == null) {
                    return new Result(null, "`" + m.group("month") + "` is not a month name", null);
                }
                LocalDate day = LocalDate.of(num(m.group("y")), month, num(m.group("d")));
                LocalDateTime local = LocalDateTime.of(day,
                        java.time.LocalTime.of(num(m.group("h")), num(m.group("min")), num(m.group("s"))));
                return new Result(withZone(local, m.group("zone")), null, dayWarning(m.group("day"), day));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return new Result(null, "no such date or time (" + e.getMessage() + ")", null);
        }
        return new Result(null, "not a date format Warta reads", null);
    }

    private static String dayWarning(String dayName, LocalDate day) {
        if (dayName == null) {
            return null;
        }
        Integer written = DAYS.get(dayName.toLowerCase(Locale.ROOT));
        String actual = DAY_NAMES[day.getDayOfWeek().getValue() - 1];
        if (written == null) {
            return "`" + dayName + "` is not an Indonesian day name; " + day + " is a " + actual;
        }
        if (written != day.getDayOfWeek().getValue()) {
            return "the date says " + dayName + " but " + day + " is a " + actual
                    + " (" + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "); check the date";
        }
        return null;
    }

    private static OffsetDateTime withZone(LocalDateTime local, String zone) {
        if (zone == null) {
            return local.atZone(JAKARTA).toOffsetDateTime();
        }
        return switch (zone.toUpperCase(Locale.ROOT)) {
            case "WIB" -> local.atOffset(ZoneOffset.ofHours(7));
            case "WITA" -> local.atOffset(ZoneOffset.ofHours(8));
            case "WIT" -> local.atOffset(ZoneOffset.ofHours(9));
            case "Z" -> local.atOffset(ZoneOffset.UTC);
            default -> local.atOffset(ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3)
                    : zone));
        };
    }

    private static int num(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
