package id.warta.bench;

import id.warta.card.CardPainter;
import id.warta.card.CardSpec;
import id.warta.card.CardTheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Social cards drawn and encoded per second on one thread (a build makes them on all cores), a different headline
 * each time, as long as the generated corpus's: three lines at the largest size, or more at a smaller one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CardBenchmark {
    private static final String[] HEADLINES = {
        "Pemerintah Umumkan Libur Nasional Tambahan untuk Cuti Bersama Akhir Tahun",
        "Harga Beras Medium Naik di Pasar Induk Cipinang Jelang Natal",
        "BMKG Peringatkan Hujan Lebat dan Angin Kencang di Jabodetabek Sepekan ke Depan",
        "Timnas Indonesia Menang 2-0 atas Vietnam di Stadion Gelora Bung Karno",
    };
    private int next;

    @Benchmark
    public byte[] card() {
        int n = next++;
        return CardPainter.png(new CardSpec(HEADLINES[n % HEADLINES.length] + " " + n, "Warta Nusantara",
                "Kamis, 21 November 2024", "nasional", CardTheme.DEFAULT));
    }
}
