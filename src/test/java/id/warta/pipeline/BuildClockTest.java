package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildClockTest {

    @Test
    void takesSourceDateEpochAsSeconds() {
        assertEquals(Instant.ofEpochSecond(1_732_510_800L), BuildClock.resolve(null, "1732510800"));
    }

    @Test
    void nowOptionWinsOverSourceDateEpoch() {
        assertEquals(Instant.parse("2024-11-25T05:00:00Z"),
                BuildClock.resolve("2024-11-25T12:00:00+07:00", "1"));
    }

    @Test
    void readsDatesWithoutOffsetInJakartaTime() {
        assertEquals(Instant.parse("2024-11-24T17:00:00Z"), BuildClock.resolve("2024-11-25", null));
        assertEquals(Instant.parse("2024-11-25T02:30:00Z"), BuildClock.resolve("2024-11-25T09:30", null));
    }

    @Test
    void withoutEitherTheClockDecides() {
        assertNull(BuildClock.resolve(null, null));
        assertNull(BuildClock.resolve(" ", ""));
    }

    @Test
    void refusesValuesItCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildClock.resolve(null, "kemarin"));
        assertTrue(e.getMessage().contains("SOURCE_DATE_EPOCH"));
        assertThrows(IllegalArgumentException.class, () -> BuildClock.resolve("25/11/2024", null));
    }
}
