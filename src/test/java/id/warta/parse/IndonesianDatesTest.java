package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-21|2024-11-21T00:00+07:00",
        "2024-11-21T09:30|2024-11-21T09:30+07:00",
        "2024-11-21T09:30:00+08:00|2024-11-21T09:30+08:00",
        "2024-11-21T02:30:00Z|2024-11-21T02:30Z",
        "2024-11-21 09:30|2024-11-21T09:30+07:00",
        "Kamis, 21 November 2024 09:30 WIB|2024-11-21T09:30+07:00",
        "Kamis, 21 November 2024 09:30 WITA|2024-11-21T09:30+08:00",
        "Kamis, 21 Nov 2024 09.30 WIT|2024-11-21T09:30+09:00",
        "21 Agt 2024|2024-08-21T00:00+07:00",
        "Jum'at, 15 November 2024|2024-11-15T00:00+07:00",
    })
    void readsFrontMatterDates(String raw, String iso) {
        assertEquals(iso, IndonesianDates.parse(raw).date().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-01", "kemarin sore", "(21/5)", "31 Februari 2024", "2024-02-30 25:00"})
    void refusesWhatIsNoDate(String raw) {
        IndonesianDates.Result result = IndonesianDates.parse(raw);
        assertNull(result.date());
        assertNotNull(result.error());
    }

    @org.junit.jupiter.api.Test
    void warnsWhenTheDayNameDisagrees() {
        assertNotNull(IndonesianDates.parse("Senin, 21 November 2024 09:30 WIB").warning());
    }
}
