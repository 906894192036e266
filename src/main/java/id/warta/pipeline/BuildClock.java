package id.warta.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The build's "now", for leaving out future articles and for the news sitemap's two-day window. It comes from
 * {@code --now} or from {@code SOURCE_DATE_EPOCH} (the reproducible-builds convention), so the same input gives the
 * same site; only without both does the build read the clock.
 */
public final class BuildClock {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private BuildClock() {
    }

    /**
     * The instant to build at, or null to use the clock.
     *
     * @param nowOption {@code --now}: epoch seconds, {@code 2024-11-21T09:30:00+07:00}, {@code 2024-11-21T09:30}
     *     or {@code 2024-11-21} (Asia/Jakarta when no offset is given), or null
     * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} variable: seconds since 1970, or null
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static Instant resolve(String nowOption, String sourceDateEpoch) {
        if (nowOption != null && !nowOption.isBlank()) {
            return parse(nowOption.strip(), "--now");
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            String value = sourceDateEpoch.strip();
            if (!value.matches("\\d{1,12}")) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC,"
                        + " not `" + sourceDateEpoch + "`; unset it or fix it");
            }
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        return null;
    }

    private static Instant parse(String value, String name) {
        try {
            if (value.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(JAKARTA).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(JAKARTA).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2024-11-21, 2024-11-21T09:30,"
                    + " 2024-11-21T09:30:00+07:00 or seconds since 1970, not `" + value + "`");
        }
    }
}
