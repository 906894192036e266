package id.warta.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outside sources named in the text (conventions §3): {@code Dilansir dari Reuters}, {@code Mengutip laman resmi BMKG}.
 * The source is the run of capitalised words after the phrase; a lower-case run ({@code siaran persnya}) names nobody.
 */
final class AttributionFinder {

    /** The phrases that introduce a source; {@code menurut} alone introduces speech, so only {@code menurut laporan}. */
    private static final Pattern TRIGGER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:dilansir(?:\\s+dari)?|melansir(?:\\s+dari)?|mengutip(?:\\s+dari)?"
                    + "|(?:seperti|sebagaimana)\\s+dikutip(?:\\s+dari)?|dikutip\\s+dari"
                    + "|(?:seperti|sebagaimana)\\s+dilaporkan(?:\\s+oleh)?|berdasarkan\\s+(?:pemberitaan|laporan)"
                    + "|(?:seperti|sebagaimana)\\s+diberitakan(?:\\s+oleh)?|menurut\\s+laporan)\\s+");
    /** Words that describe the source rather than name it: {@code laman resmi BMKG} names BMKG. */
    private static final Set<String> HEAD_NOUNS = Set.of("laman", "situs", "akun", "kantor", "berita", "harian",
            "majalah", "media", "portal", "surat", "kabar", "koran", "stasiun", "televisi", "tv", "jaringan", "website",
            "web", "halaman", "kanal", "resmi", "laporan", "pemberitaan", "dari", "oleh", "sosial", "unggahan",
            "instagram", "twitter", "facebook", "tiktok", "youtube", "x");
    /** Capitalised words that end a source name: day and month names start the time of the report. */
    private static final Set<String> STOPS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
            "minggu", "ahad", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
            "oktober", "november", "desember");
    /** Small words allowed inside a name when a capitalised word follows: {@code Yonhap dan AFP}, {@code Bank of America}. */
    private static final Set<String> JOINERS = Set.of("dan", "&", "of", "the", "de", "van", "von", "bin", "al", "for");
    /** Lower-case brands that are names all the same. */
    private static final Set<String> LOWER_BRANDS = Set.of("kumparan", "detikcom", "tirto.id", "kompas.com");
    /** Institutions whose names contain {@code dan}: never split {@code Kementerian Pemuda dan Olahraga}. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "^(?:Kementerian|Badan|Dinas|Lembaga|Komisi|Pusat|Balai|Dewan|Majelis|Universitas|Institut|Departemen"
                    + "|Direktorat|Kantor|Pemerintah|Partai|Bank|Otoritas|Biro|Kepolisian|Persatuan|Asosiasi|Ikatan)\\b");
    private static final Pattern DOMAIN_TOKEN = Pattern.compile("[\\p{L}\\p{N}-]+\\.(?:com|co|id|net|org|tv|news|co\\.id)");

    // Compiled once: they run for every word after an attribution phrase.
    private static final Pattern LEADING_QUOTES = Pattern.compile("^[\"“'‘]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?)\"”'’]+$");
    private static final Pattern AND = Pattern.compile(" (?:dan|&) ");
    private static final Pattern TRAILING_JOINERS = Pattern.compile("(?:\\s+(?:dan|&|of|the|de|van|von|bin|al|for))+$");

    private AttributionFinder() {
    }

    /** Distinct sources in {@code paragraphs}, first mention first. */
    static List<String> find(List<String> paragraphs) {
        Set<String> sources = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            if (!mayHaveTrigger(paragraph)) {
                continue;
            }
            Matcher m = TRIGGER.matcher(paragraph);
            while (m.find()) {
                sources.addAll(sourcesAt(paragraph, m.end()));
            }
        }
        return new ArrayList<>(sources);
    }

    /** Every trigger phrase contains one of these stems: a cheap test that spares most paragraphs the regex. */
    private static final Text.AsciiStems TRIGGER_STEMS = new Text.AsciiStems("lansir", "utip", "dilaporkan", "berdasarkan",
            "diberitakan", "menurut");

    private static boolean mayHaveTrigger(String paragraph) {
        return Text.containsIgnoringAsciiCase(paragraph, TRIGGER_STEMS);
    }

    private static List<String> sourcesAt(String text, int start) {
        String[] tokens = Text.WHITESPACE.split(text.substring(start, Math.min(text.length(), start + 200)));
        int i = 0;
        while (i < tokens.length && HEAD_NOUNS.contains(tokens[i].toLowerCase(java.util.Locale.ROOT))) {
            i++;
        }
        List<String> name = new ArrayList<>();
        for (; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.isEmpty() || token.startsWith("(") || "\"“”'‘".indexOf(token.charAt(0)) >= 0 && name.size() > 0) {
                break;
            }
            String unquoted = LEADING_QUOTES.matcher(token).replaceAll("");
            String core = TRAILING_PUNCTUATION.matcher(unquoted).replaceAll("");
            boolean ends = !core.equals(unquoted);
            if (core.isEmpty() || STOPS.contains(core.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            if (isNameWord(core)) {
                name.add(core);
            } else if (!name.isEmpty() && JOINERS.contains(core.toLowerCase(java.util.Locale.ROOT)) && !ends
                    && i + 1 < tokens.length && isNameWord(TRAILING_PUNCTUATION.matcher(tokens[i + 1]).replaceAll(""))) {
                name.add(core);
            } else {
                break;
            }
            if (ends) {
                break;
            }
        }
        return split(String.join(" ", name));
    }

    private static boolean isNameWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first) || first == '@') {
            return true;
        }
        return word.chars().anyMatch(Character::isUpperCase) || LOWER_BRANDS.contains(word.toLowerCase(java.util.Locale.ROOT))
                || DOMAIN_TOKEN.matcher(word).matches();
    }

    /** {@code Yonhap dan AFP} is two sources; an institution's own {@code dan} is not a split. */
    private static List<String> split(String name) {
        List<String> out = new ArrayList<>();
        if (name.isEmpty() || name.chars().noneMatch(Character::isLetter)) {
            return out;
        }
        if (INSTITUTION.matcher(name).find()) {
            out.add(trimJoiners(name));
            return out;
        }
        for (String part : AND.split(name)) {
            String p = trimJoiners(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String trimJoiners(String name) {
        return TRAILING_JOINERS.matcher(name).replaceAll("").strip();
    }
}
