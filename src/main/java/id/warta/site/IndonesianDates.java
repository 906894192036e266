package id.warta.site;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Shows dates the way Indonesian outlets do: {@code Kamis, 19 Mei 2022 14:30 WIB}. */
public final class IndonesianDates {
    private static final List<String> DAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");
    /** Indonesia's zones by offset; elsewhere the offset is shown as {@code UTC+hh:mm}. */
    private static final Map<Integer, String> ZONES = Map.of(7 * 3600, "WIB", 8 * 3600, "WITA", 9 * 3600, "WIT");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private IndonesianDates() {
    }

    /** ISO-8601 with seconds and offset, for {@code <time datetime>} and machine-readable outputs. */
    public static String iso(OffsetDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /** Full date and time in the site's zone. */
    public static String dateTime(OffsetDateTime date, ZoneId zone) {
        ZonedDateTime local = date.atZoneSameInstant(zone);
        return day(local) + " " + TIME.format(local) + " " + zoneName(local);
    }

    /** Date alone, for lists: {@code Kamis, 19 Mei 2022}. */
    public static String day(OffsetDateTime date, ZoneId zone) {
        return day(date.atZoneSameInstant(zone));
    }

    /** Month and year, for archive titles: {@code Mei 2022}. */
    public static String monthYear(int year, int month) {
        return MONTHS.get(month - 1) + " " + year;
    }

    private static String day(ZonedDateTime local) {
        return DAYS.get(local.getDayOfWeek().getValue() - 1) + ", " + local.getDayOfMonth() + " "
                + MONTHS.get(local.getMonthValue() - 1) + " " + local.getYear();
    }

    private static String zoneName(ZonedDateTime local) {
        int seconds = local.getOffset().getTotalSeconds();
        String name = ZONES.get(seconds);
        return name != null ? name : "UTC" + local.getOffset().getId().replace("Z", "+00:00");
    }
}
