package id.warta.parse;

import java.util.regex.Pattern;

/**
 * Every regular expression the parser uses, named, with a real-shaped example each, in one place.
 *
 * <p>All patterns apply to ONE line (or one paragraph) and are anchored, so no rule can run across a newline
 * or eat the rest of an article. Character classes are bounded so fuzzed input cannot cause runaway backtracking.
 */
final class Patterns {

    private Patterns() {
    }

    /** A space as scrapers leave it: ordinary, no-break, or the HTML entity ({@code -&nbsp;} in Tempo). */
    static final String SP = "(?:[\\s\\u00A0\\u2007\\u202F]|&nbsp;)";
    /** Dateline separators: {@code -}, {@code --}, en/em dashes, and the colon of Medcom and old Liputan6. */
    static final String SEP = SP + "{0,3}(?:-{1,3}|[\u2012\u2013\u2014\u2015\u2212]{1,2}|:)" + SP + "{0,3}";
    /** An outlet written as a domain: {@code KOMPAS.com}, {@code TRIBUNLAMPUNG.CO.ID}, {@code Grid.ID}. */
    static final String DOMAIN = "[\\p{L}\\p{N}]{2,30}(?:\\.[\\p{L}]{2,6}){1,3}";
    /** Outlets that write their brand without a domain in a dateline: {@code JAKARTA, KOMPAS —}. */
    static final String BRAND = "(?:KOMPAS|Kompas|CNN Indonesia|CNBC Indonesia|ANTARA|Antara|VIVA|Bisnis|iNews|INEWS)";
    /** A place: one to four capitalised words, {@code Banda Aceh}, {@code JAKARTA}, {@code Nusa Tenggara Timur}. */
    static final String PLACE = "\\p{Lu}[\\p{L}'\u2019-]{0,30}(?:" + SP + "{1,2}\\p{Lu}[\\p{L}'\u2019-]{0,30}){0,3}";

    /** Datelines (conventions §1); each returns named groups {@code outlet}, {@code place}. */
    static final class Datelines {
        private Datelines() {
        }

        /** {@code TRIBUNNEWS.COM, JAKARTA - }, {@code Liputan6.com, Jakarta: }, {@code TEMPO.CO, Jakarta -&nbsp;}. */
        static final Pattern OUTLET_PLACE = Pattern.compile(
                "^" + SP + "*(?<outlet>" + DOMAIN + ")" + SP + "*," + SP + "*(?<place>" + PLACE + ")(?:" + SEP + "|"
                        + SP + "*$)");
        /** {@code Liputan6.com, Jakarta Sejak kasus…}: no separator, so the place must be a known one. */
        static final Pattern OUTLET_COMMA = Pattern.compile("^" + SP + "*(?<outlet>" + DOMAIN + ")" + SP + "*," + SP + "*");
        /** {@code JAKARTA, KOMPAS.com - }, {@code JAKARTA, KOMPAS — }, {@code Jakarta, CNN Indonesia -- } (or alone). */
        static final Pattern PLACE_OUTLET = Pattern.compile(
                "^" + SP + "*(?<place>" + PLACE + ")" + SP + "*," + SP + "*(?<outlet>" + DOMAIN + "|" + BRAND + ")(?:"
                        + SEP + "|" + SP + "*$)");
        /** {@code Banda Aceh (ANTARA) - }, {@code Jakarta (ANTARA/JACX) - }. */
        static final Pattern PLACE_PAREN = Pattern.compile(
                "^" + SP + "*(?<place>" + PLACE + ")" + SP + "*\\(" + SP + "*(?<outlet>\\p{Lu}{3,20}(?:/[\\p{L}\\p{N}]{1,20}){0,2})"
                        + SP + "*\\)(?:" + SEP + "|" + SP + "*$)");
        /** {@code KONTAN.CO.ID - JAKARTA. }: Kontan closes the place with a full stop. */
        static final Pattern OUTLET_SEP_PLACE_DOT = Pattern.compile(
                "^" + SP + "*(?<outlet>" + DOMAIN + ")" + SEP + "(?<place>\\p{Lu}{2,30}(?: \\p{Lu}{2,30}){0,3})\\." + SP + "+");
        /** {@code KOMPAS.com - }, {@code Grid.ID- Setiap}, {@code Nextren.com -Amerika}, {@code TRIBUNNEWS.COM – }. */
        static final Pattern OUTLET_ONLY = Pattern.compile(
                "^" + SP + "*(?<outlet>" + DOMAIN + "|KOMPAS)(?:" + SEP + "|" + SP + "*$)");
        /** {@code Jakarta - }, {@code JAKARTA - }, {@code Jakarta: }, or {@code Jakarta} alone; the place must be known. */
        static final Pattern PLACE_ONLY = Pattern.compile(
                "^" + SP + "*(?<place>" + PLACE + ")(?:" + SEP + "|" + SP + "*$)");
    }

    /** Byline lines that may stand before the dateline. */
    static final class Bylines {
        private Bylines() {
        }

        /** {@code Laporan wartawan Tribunnews.com, Fersianus Waku}. */
        static final Pattern REPORTER = Pattern.compile(
                "(?i)^laporan\\s+(?:wartawan|reporter|jurnalis|koresponden|kontributor)\\s+[^,]{1,60},\\s*(?<name>\\S.{0,80})$");
        /** {@code Oleh: Nama Penulis}. */
        static final Pattern AUTHOR = Pattern.compile("(?i)^(?:oleh|penulis)\\s*:\\s*(?<name>\\S.{0,80})$");
    }

    /** Read-also lines (conventions §2). */
    static final class ReadAlso {
        private ReadAlso() {
        }

        /** {@code Baca juga: Judul}, {@code Baca Juga : Judul}, {@code Lihat Juga : Judul}, {@code Pilihan Editor: Judul}. */
        static final Pattern INLINE = Pattern.compile(
                "(?i)^(?<label>baca(?:\\s+juga)?|lihat\\s+juga|pilihan\\s+editor|berita\\s+terkait|artikel\\s+terkait)"
                        + "\\s*:\\s*(?<title>\\S.{0,400})$");
        /** {@code (BACA : Judul)}: old Grid wraps the whole link in parentheses. */
        static final Pattern PARENTHESISED = Pattern.compile(
                "(?i)^\\(\\s*(?<label>baca(?:\\s+juga)?)\\s*:\\s*(?<title>[^()]{1,400}?)\\s*\\)$");
        /** {@code Baca Juga}, {@code Berita Terkait}, {@code Artikel Terkait} alone; titles follow on their own lines. */
        static final Pattern LABEL_ALONE = Pattern.compile(
                "(?i)^(?<label>baca\\s+juga|lihat\\s+juga|berita\\s+terkait|artikel\\s+terkait|pilihan\\s+editor)\\s*:?$");
        /** {@code … kata dia. BACA JUGA: Judul …}: a label a scraper joined into a paragraph. */
        static final Pattern INSIDE = Pattern.compile("(?i)\\bbaca\\s+juga\\s*:");
    }

    /** Lines that are page furniture, dropped from the body (conventions §2). */
    static final class Noise {
        private Noise() {
        }

        /** {@code ADVERTISEMENT}, {@code SCROLL TO CONTINUE WITH CONTENT}, fused {@code ADVERTISEMENTSCROLL TO RESUME CONTENT}. */
        static final Pattern ADVERT = Pattern.compile(
                "(?i)^(?:(?:advertisement|scroll\\s+to\\s+(?:continue\\s+with|resume)\\s+content|iklan)[\\s\\-–—:]{0,5}){1,4}$");
        /** {@code [Gambas:Video CNN]}, {@code [Gambas:Instagram]}: embed placeholders, the brackets are literal. */
        static final Pattern GAMBAS = Pattern.compile("(?i)^(?:\\[\\s*gambas\\s*:[^\\[\\]]{0,200}\\]\\s*){1,5}$");
        /** {@code Simak juga Video 'Judul':}, {@code Tonton juga video "Judul" di sini:}, {@code Lihat Video 'Judul':}. */
        static final Pattern SIMAK_VIDEO = Pattern.compile(
                "(?i)^(?:simak|tonton|lihat|saksikan)(?:\\s+juga)?\\s+video\\b.{0,250}$");
        /** {@code Tonton juga "Judul" di sini:}: a video promo that leaves out the word video. */
        static final Pattern TONTON_QUOTED = Pattern.compile("(?i)^(?:simak|tonton)\\s+juga\\s*:?\\s*[\"“'‘].{1,250}$");
        /** {@code Saksikan Live DetikPagi :}, {@code Saksikan LiveDetikpagi:}. */
        static final Pattern LIVE = Pattern.compile("(?i)^saksikan\\s+live\\s*detik\\p{L}{0,20}\\s*:?$");
        /** {@code Video: Judul}: a video box's title; a line ending a sentence is story text. */
        static final Pattern VIDEO_TITLE = Pattern.compile("^(?:Video|VIDEO)\\s*:\\s*\\S.{0,200}(?<![.,;])$");
        /** {@code Saksikan video pilihan di bawah ini:}. */
        static final Pattern SAKSIKAN_VIDEO = Pattern.compile("(?i)^saksikan(?:\\s+juga)?\\s+video\\b.{0,120}$");
        /** {@code Selengkapnya di halaman selanjutnya.}: pager residue. */
        static final Pattern PAGER = Pattern.compile(
                "(?i)^(?:selengkapnya|lanjut(?:kan)?(?:\\s+membaca)?)\\s+(?:di|ke)\\s+halaman\\s+(?:selanjutnya|berikutnya)\\.?$");
    }

    /** The article's foot (conventions §5). */
    static final class Foot {
        private Foot() {
        }

        /** {@code (*)}, {@code (***)}, {@code [*]}, {@code (-)}. */
        static final Pattern END_MARKER = Pattern.compile("^(?:[(\\[]\\s*(?:\\*{1,5}|-{1,3}|end|selesai|habis)\\s*[)\\]]|\\*\\))$",
                Pattern.CASE_INSENSITIVE);
        /** {@code (rfs/jbr)}, {@code (ant)}, {@code (Tribunnews.com/Nama)}: a short parenthesised line at the foot. */
        static final Pattern INITIALS = Pattern.compile("^\\(\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.,' ]{0,40}(?:/[\\p{L}\\p{N}.,' ]{1,40}){0,5}\\)$");
        /** Role names recognised in credit lines, lower-cased into {@code Credits.roles}. */
        static final String ROLES = "penulis|editor|pewarta|reporter|sumber|penyunting|redaktur|kontributor|fotografer"
                + "|videografer|wartawan";
        /** {@code Editor: Y}, {@code Editor : Y}. */
        static final Pattern ROLE = Pattern.compile("(?i)^(?<role>" + ROLES + ")\\s*:\\s*(?<name>\\S.{0,100}?)\\s*$");
        /** {@code Penulis | : | Nama |}: Grid's credit table flattened by a scraper. */
        static final Pattern ROLE_TABLE = Pattern.compile(
                "(?i)^\\|?\\s*(?<role>" + ROLES + ")\\s*\\|\\s*:\\s*\\|\\s*(?<name>[^|]{1,100}?)\\s*\\|?\\s*$");
        /** {@code Copyright © ANTARA 2024}, {@code © 2024 Kompas.com}, {@code Hak cipta …}. */
        static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright\\b|hak\\s+cipta\\b|©|\\(c\\)\\s).{0,150}$");
        /** {@code Dilarang keras mengambil konten, melakukan crawling …}: Antara's notice under its copyright. */
        static final Pattern NOTICE = Pattern.compile(
                "(?i)^dilarang\\s+(?:keras\\s+)?(?:mengambil|mengutip|menyalin|memperbanyak)\\s.{0,400}$");
        /** {@code Nama berkontribusi dalam penulisan artikel ini.}: a contributor named in a sentence. */
        static final Pattern CONTRIBUTED = Pattern.compile(
                "(?i)^(?<name>\\S.{0,150}?)\\s+(?:turut\\s+)?berkontribusi\\s+dalam\\s+(?:penulisan|pembuatan|peliputan)"
                        + "\\s+(?:artikel|berita|laporan|tulisan)\\s+ini\\s*\\.?$");
        /** {@code Nama, bekerja sebagai analis politik, alumni …}: a contributor's bio under an opinion piece. */
        static final Pattern BIO = Pattern.compile(
                "^(?<name>\\p{Lu}[\\p{L}.' ]{2,60}),\\s+(?:bekerja\\s+sebagai|adalah\\s+(?:seorang\\s+)?(?:peneliti|dosen"
                        + "|analis|pengamat|alumnus|alumni|mahasiswa|penulis|kolumnis|pegiat))\\b.{0,300}$");
    }

    /** Syndication and promo lines, recognised anywhere because their wording is unmistakable. */
    static final class Boilerplate {
        private Boilerplate() {
        }

        /** {@code Artikel ini telah tayang di Kompas.com dengan judul "Judul", Klik untuk baca: https://…}. */
        static final Pattern SYNDICATION = Pattern.compile(
                "(?i)^(?:sebagian\\s+)?(?:artikel|berita|tulisan)\\s+ini\\s+(?:telah\\s+|sudah\\s+|sebelumnya\\s+)?"
                        + "(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)(?:\\s+lebih\\s+dulu)?\\s+(?:di|pada|dalam)\\s+"
                        + "(?<outlet>[^,\\s][^,]{0,60}?)(?:\\s+dengan\\s+judul\\s*:?\\s*(?<rest>.*)|\\s*[.,]?\\s*(?<tail>https?://\\S+)?\\s*)$");
        /** The URL at the end of a syndication footer. */
        static final Pattern URL = Pattern.compile("(?<url>https?://[^\\s\"\u201D]+?)[.,]?\\s*$");
        /** {@code , Klik untuk baca:} and its kin between a syndicated title and its URL. */
        static final Pattern CLICK_TO_READ = Pattern.compile(
                "(?i)[,.]?\\s*(?:klik\\s+untuk\\s+(?:baca|membaca)|baca\\s+selengkapnya|selengkapnya)\\s*:?\\s*$");
        /** {@code Android: https://…}, {@code iOS: https://…}: the store links under an app promo. */
        static final Pattern STORE_LINK = Pattern.compile("(?i)^(?:android|ios|iphone|ipad)\\s*:\\s*https?://\\S{1,300}$");
        /** {@code Download aplikasi Tribunnews untuk …}. */
        static final Pattern DOWNLOAD = Pattern.compile("(?i)^(?:download|unduh)\\s+(?:aplikasi|app)\\b.{0,300}$");
        /** {@code Follow Tribunnews di WhatsApp Channel}, {@code Ikuti kami di Google News}. */
        static final Pattern FOLLOW = Pattern.compile(
                "(?i)^(?:follow|ikuti|gabung|bergabung|join|dapatkan|simak|jangan\\s+lewatkan|klik|yuk|mari|pilih)\\b"
                        + ".{0,250}?(?:whatsapp|telegram|google\\s+news|t\\.me/).{0,250}$");
        /** {@code Baca artikel detiksport, "Judul" selengkapnya https://…}. */
        static final Pattern DETIK_MORE = Pattern.compile("(?i)^baca\\s+artikel\\s+detik\\w{0,20}\\s*,.{0,300}selengkapnya\\b.{0,300}$");
    }
}
