package id.warta.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a word of a name looks like, and the words that never are one (conventions §6 for days and months). */
final class Names {
    /** {@code Milley}, {@code O'Neil}, {@code Al-Ghazali}, {@code McDonald}: a capital, then lower case somewhere. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\p{Ll}[\\p{L}'’\\-]*");
    /** {@code BMKG}, {@code AS}, {@code DPR}: capitals only, at least two. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,10}");
    /** {@code Subianto-Gibran}: two names joined by a hyphen are a pair of people, never one name. */
    private static final Pattern PAIR = Pattern.compile("\\p{Ll}{2,}-\\p{Lu}\\p{Ll}{2,}");
    private static final Pattern ROMAN = Pattern.compile("[IVX]{1,5}");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");

    static final Set<String> DAYS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
            "ahad");
    static final Set<String> MONTHS = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
            "agustus", "september", "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul",
            "agu", "agt", "sep", "sept", "okt", "nov", "des");
    /**
     * Words that open a sentence or a clause and so are capitalised there, and pronouns: {@code Sayangnya},
     * {@code Selain}, {@code Namun}. Any word ending in {@code -nya} is treated the same way.
     */
    static final Set<String> NEVER = Set.of("sayangnya", "selain", "namun", "sementara", "adapun", "meski",
            "meskipun", "walau", "walaupun", "menurut", "sebelumnya", "kemudian", "lalu", "bahkan", "padahal", "oleh",
            "karena", "dengan", "dalam", "untuk", "pada", "saat", "ketika", "setelah", "sejak", "hingga", "jika",
            "kini", "tak", "tidak", "ia", "dia", "mereka", "kami", "kita", "saya", "aku", "beliau", "anda", "kamu",
            "ini", "itu", "hal", "para", "sang", "si", "baca", "juga", "simak", "lihat", "video", "foto", "berita",
            "selengkapnya", "dilansir", "mengutip", "dikutip", "seperti", "sebagaimana", "di", "ke", "dari", "dan",
            "atau", "yang", "tapi", "tetapi", "akan", "sudah", "telah", "belum", "masih", "pun", "agar", "supaya",
            "bila", "apabila", "kalau", "maka", "jadi", "begitu", "demikian", "tersebut", "sedangkan", "sebab",
            "usai", "seusai", "jelang", "menjelang", "terkait", "soal", "tentang", "bagi", "kepada", "antara",
            "semua", "seluruh", "setiap", "tiap", "banyak", "beberapa", "sejumlah", "satu", "dua", "tiga", "salah",
            "tuhan", "allah", "swt", "saw", "nabi", "warga", "polisi", "pemerintah", "apa", "siapa", "mengapa",
            "kenapa", "bagaimana", "kapan", "dimana", "berikut", "sebagai", "selama", "tahun", "bulan", "hari",
            "pekan", "minggu", "pukul", "wib", "wita", "wit", "rp", "us", "tim", "timnas", "klub", "grup", "kelompok",
            "terlebih", "apalagi", "selanjutnya", "berdasarkan", "mengenai", "sehingga", "kendati", "sekalipun",
            "lebih", "paling", "sangat", "hanya", "cuma", "bukan", "ada", "sebuah", "seorang", "orang", "pihak");

    private Names() {
    }

    /** The key that makes spellings of one name one entity: lower case, letters and digits, single spaces. */
    static String key(String name) {
        return NOT_KEY.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static boolean isNameWord(String word) {
        return NAME_WORD.matcher(word).matches() && !never(word) && !PAIR.matcher(word).find();
    }

    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    static boolean isRoman(String word) {
        return ROMAN.matcher(word).matches();
    }

    static boolean startsCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Whether a word is never part of a name: a day, a month, an opener, a pronoun or any {@code -nya} word. */
    static boolean never(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return DAYS.contains(lower) || MONTHS.contains(lower) || NEVER.contains(lower)
                || lower.length() > 4 && lower.endsWith("nya");
    }
}
