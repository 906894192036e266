package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same content gives a byte-identical site, whatever order its files were created in and whatever the locale. */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    private static String article(int n) {
        return "---\ntitle: Berita " + n + "\ndate: 2024-11-" + (10 + n % 19) + " 0" + n % 10 + ":30\ntags: [nasional, "
                + "topik-" + n % 4 + "]\nauthor: Penulis " + n % 3 + "\ndescription: Ringkasan " + n + "\n---\n"
                + "JAKARTA, KOMPAS.com - Isi berita " + n + ".\n\"Kutipan " + n + ",\" ujar Menteri.\n"
                + "Baca Juga: Berita " + (n + 1) + "\n(rfs/jbr)\n";
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws Exception {
        SiteFixture first = new SiteFixture(dir.resolve("a"));
        SiteFixture second = new SiteFixture(dir.resolve("b"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            order.add(i);
            first.write("arsip/" + i % 5 + "/" + i + ".txt", article(i));
        }
        Collections.shuffle(order, new java.util.Random(7));
        for (int i : order) {
            second.write("arsip/" + i % 5 + "/" + i + ".txt", article(i));
        }
        assertEquals(0, first.build().exitCode());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertEquals(0, second.build().exitCode());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(SiteFixture.snapshot(first.output), SiteFixture.snapshot(second.output));
    }
}
