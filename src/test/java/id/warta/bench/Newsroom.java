package id.warta.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The shapes of Indonesian online news that a corpus must contain, taken from the project's text conventions:
 * outlet datelines, read-also labels, speech verbs, attributions, closing markers and credit lines, noise lines.
 */
final class Newsroom {

    static final List<String> PLACES = List.of("Jakarta", "Bandung", "Surabaya", "Medan", "Semarang", "Makassar",
            "Yogyakarta", "Denpasar", "Palembang", "Banda Aceh", "Pontianak", "Manado", "Balikpapan", "Ambon",
            "Jayapura", "Kupang", "Mataram", "Padang", "Pekanbaru", "Bekasi", "Bogor", "Depok", "Tangerang", "Malang",
            "Solo", "Cirebon", "Tasikmalaya", "Banyuwangi", "Jember", "Kediri", "Lampung", "Jambi", "Bengkulu",
            "Samarinda", "Palangkaraya", "Banjarmasin", "Palu", "Kendari", "Gorontalo", "Ternate", "Sorong", "Merauke",
            "Batam", "Tanjungpinang", "Pangkalpinang", "Serang", "Cilegon", "Purwokerto", "Tegal", "Magelang",
            "Klaten", "Ngawi", "Madiun", "Blitar", "Probolinggo", "Lombok Timur", "Bima", "Sumba Barat", "Nias",
            "Sibolga");

    /** Headline endings that say when; combined with places they keep 100,000 headlines apart. */
    static final List<String> WHEN = List.of("Jelang Lebaran", "Pekan Depan", "Tahun Ini", "Akhir Pekan Ini",
            "Selama Musim Hujan", "Usai Libur Panjang", "Jelang Akhir Tahun", "Mulai Bulan Depan", "Hari Ini",
            "Sepanjang Ramadan");

    /** Dateline shapes, {@code %C} for the city in capitals and {@code %c} as written; an empty one is kumparan's. */
    private static final List<String> DATELINES = List.of("%C, KOMPAS.com - ", "KOMPAS.com - ", "%c - ",
            "TRIBUNNEWS.COM, %C - ", "Liputan6.com, %c - ", "%c, CNN Indonesia -- ", "%c, CNBC Indonesia - ",
            "%c (ANTARA) - ", "TEMPO.CO, %c - ", "REPUBLIKA.CO.ID, %C -- ", "KONTAN.CO.ID - %C. ", "Suara.com - ",
            "Grid.ID - ", "%C - ", "%c: ", "", "NGAWI, KOMPAS.com- ", "%c, CNN Indonesia – ");

    private static final List<String> FIRST_NAMES = List.of("Budi", "Siti", "Agus", "Dewi", "Rina", "Hendra",
            "Sri", "Ahmad", "Putri", "Joko", "Wahyu", "Ratna", "Yusuf", "Indah", "Rudi", "Maria", "Fajar", "Lestari",
            "Andi", "Nur", "Bambang", "Kartika", "Dimas", "Ayu", "Teguh", "Wulan", "Rizky", "Fitri", "Hasan", "Made");
    private static final List<String> LAST_NAMES = List.of("Santoso", "Wulandari", "Prasetyo", "Siregar", "Nasution",
            "Hidayat", "Saputra", "Kusuma", "Lubis", "Simanjuntak", "Setiawan", "Rahmawati", "Gunawan", "Harahap",
            "Pratama", "Sembiring", "Wijaya", "Suryadi", "Tanjung", "Purba", "Manurung", "Sitompul", "Nugroho",
            "Permana", "Situmorang", "Daulay", "Rangkuti", "Pohan", "Hutapea", "Ginting");
    private static final List<String> ROLES = List.of("juru bicara", "kepala biro humas", "direktur jenderal",
            "ketua", "sekretaris jenderal", "kepala dinas", "pengamat", "anggota komisi", "kepala bidang",
            "wakil ketua", "koordinator lapangan", "peneliti senior");

    static final List<String> SPEECH_VERBS = List.of("kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tambah",
            "tegas", "papar", "lanjut", "pungkas", "imbuh", "terang", "sambung");
    static final List<String> SPEECH_VERBS_NYA = List.of("katanya", "ujarnya", "ucapnya", "jelasnya",
            "ungkapnya", "tambahnya", "pungkasnya", "tegasnya");

    static final List<String> SOURCES = List.of("Reuters", "AFP", "Associated Press", "BBC", "Al Jazeera",
            "The Guardian", "CNN", "Antara", "Xinhua", "Yonhap", "Kyodo", "Bloomberg", "laman resmi BMKG",
            "situs resmi Kementerian Keuangan", "kantor berita Bernama", "harian Kompas");
    static final List<String> ATTRIBUTION_OPENERS = List.of("Dilansir dari %s, ", "Dilansir %s, ",
            "Melansir %s, ", "Mengutip %s, ", "Dikutip dari %s, ", "Seperti dilaporkan %s, ",
            "Berdasarkan laporan %s, ");

    static final List<String> READ_ALSO_LABELS = List.of("Baca juga:", "Baca Juga:", "BACA JUGA:", "Baca Juga :",
            "Lihat Juga :", "Baca juga:", "Baca Juga:");

    static final List<String> NOISE = List.of("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
            "[Gambas:Video CNN]", "Saksikan video pilihan di bawah ini:");

    static final List<String> DAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");

    private Newsroom() {
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A dateline prefix for the lede, possibly empty. */
    static String dateline(Random random) {
        String shape = pick(random, DATELINES);
        String city = pick(random, PLACES);
        return shape.replace("%C", city.toUpperCase(Locale.ROOT)).replace("%c", city);
    }

    static String personName(Random random) {
        return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
    }

    /** A speaker as outlets write one after the speech verb: role, institution, name. */
    static String speaker(Random random, String institution) {
        return pick(random, ROLES) + " " + institution + " " + personName(random);
    }

    /** Editor initials such as {@code (rfs/jbr)}. */
    static String initials(Random random) {
        return "(" + letters(random, 3) + "/" + letters(random, 3) + ")";
    }

    private static String letters(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
