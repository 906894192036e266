package id.warta.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a scraper glued to the words around them where a link was: {@code PresidenPrabowo Subiantomenjadi} is
 * {@code Presiden Prabowo Subianto menjadi}, {@code Indonesiayang} is {@code Indonesia yang}, {@code Demokrat,Zohran}
 * is {@code Demokrat, Zohran}. {@link CamelJoins} splits the joins that start in lower case; this class handles a
 * capitalised word, where a brand ({@code NasDem}, {@code AirNav}) looks the same. So a split needs evidence from the
 * article's own words: the head before a capital is a word the text also uses in lower case ({@code presiden}) or the
 * capital starts an acronym ({@code DilansirAFP}); a lower-case tail is a word the text uses on its own
 * ({@code menjadi}) after a name that is never written in lower case and that the text names alone or that follows a
 * link's glued start. A word the text repeats as written is a spelling, not a join, and is left alone.
 */
final class LinkGlue {

    /** Camel-case names that a capitalised head could otherwise explain. */
    private static final Set<String> KNOWN = Set.of("YouTube", "WhatsApp", "TikTok", "LinkedIn", "PlayStation",
            "McDonald", "PayPal", "AirAsia", "AirNav", "NasDem", "GoPay", "GoJek", "GoTo", "GoFood", "GrabFood",
            "ShopeePay", "ShopeeFood", "OpenAI", "ChatGPT", "DeepSeek", "BlackBerry", "PowerPoint", "JavaScript",
            "MotoGP", "LeBron", "DiCaprio", "MacBook", "SpaceX", "FaceTime", "PetroChina", "FedEx", "SeaBank",
            "LinkAja", "BukaLapak", "TransJakarta", "KompasTV", "MetroTV", "BeritaSatu", "IndoStrategi", "WiFi",
            "IndiHome", "TelkomGroup", "MotoE", "TechCrunch", "BuzzFeed", "HarperCollins", "DeChambeau", "LaLiga",
            "KemenPANRB", "SteamStore", "iPhone", "iPad", "MasterChef", "MetLife", "InJourney", "BlackRock",
            "SmackDown", "DeepMind", "KontraS", "SplitBill", "HarmonyOS", "MagicOS", "ChromeOS");
    /** Endings of a word that the text also shows alone after a hyphen ({@code Indonesia-nya}): never a word. */
    /** Heads that start a one-word name rather than end a glued one: {@code Indomobil}, {@code Transmart}. */
    private static final Set<String> NAME_HEADS = Set.of("Indo", "Trans", "Multi", "Inter", "Tele", "Mega", "Super",
            "Grand", "Metro", "Sino", "Euro", "Astra", "Pan");
    /** Titles and head nouns that stand before a linked name: {@code PresidenPrabowo}, {@code DilansirCNN}. */
    private static final Set<String> TITLES = Set.of("Presiden", "Menteri", "Gubernur", "Bupati", "Ketua", "Pelatih",
            "Pemain", "Direktur", "Kapolri", "Kapolda", "Kapolres", "Jenderal", "Komjen", "Dubes", "Perdana", "Raja",
            "Ratu", "Pangeran", "Militer", "Pemerintah", "Pemerintahan", "Otoritas", "Warga", "Kementerian",
            "Dilansir", "Mengutip", "Dikutip", "Melansir", "Jelang", "Perang", "Program", "Polres", "Polda",
            "Provinsi", "Kabupaten", "Kota", "Pulau", "Agensi", "Maskapai", "Penyerang", "Bintang", "Legenda",
            "Pembalap", "Aktris", "Aktor", "Penyanyi", "Asosiasi", "Komisi", "Anggota", "Sekjen", "Wakil", "Partai",
            "Timnas", "Klub", "Kepala", "Juru", "Mantan", "Eks", "Duta", "Wali", "Camat", "Kapten", "Striker",
            "Sutradara", "Pengusaha", "Miliarder", "Taipan", "Fraksi", "Kubu", "Film", "Pesawat", "Pimpinan",
            "Majelis", "Divisi", "Sekretaris", "Pendiri", "Bos", "Produser", "Penulis", "Pengacara", "Jaksa");
    /** The prefixes of an Indonesian verb: a tail shaped like one ({@code menjadi}, {@code dilaporkan}) is a word. */
    private static final Pattern VERB = Pattern.compile("(?:me|ber|di|ter)\\p{Ll}{4,}");
    private static final Set<String> SUFFIXES = Set.of("nya", "lah", "kah", "pun", "kan", "tah", "mu", "ku");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A comma or full stop with a capitalised word glued after a word: {@code Demokrat,Zohran}. */
    private static final Pattern GLUED_COMMA = Pattern.compile("(?<=\\p{Ll}{2})([,;])(?=\\p{Lu}\\p{Ll})");
    /** How many words after a link's glued start its glued end may come. */
    private static final int LINK_REACH = 4;

    private final Set<String> lower = new HashSet<>();
    private final Set<String> capitalised = new HashSet<>();
    private final Map<String, Integer> counts = new HashMap<>();

    private LinkGlue(List<String> texts) {
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                if (Character.isLowerCase(w.charAt(0))) {
                    lower.add(w);
                } else if (Character.isUpperCase(w.charAt(0)) && isPlainCapitalised(w)) {
                    capitalised.add(w);
                }
            }
        }
    }

    /** A reader for the words of one file: its lines, as repaired so far. */
    static LinkGlue of(List<String> texts) {
        return new LinkGlue(texts);
    }

    /** The line with glued words split; each split is listed in {@code notes} so the author can check it. */
    String split(String text, List<String> notes) {
        String spaced = GLUED_COMMA.matcher(text).replaceAll("$1 ");
        StringBuilder out = new StringBuilder(spaced.length() + 8);
        List<String> changes = new ArrayList<>();
        int linkWords = 0; // words since a link's glued start, while its capitalised run lasts; 0 when none
        int i = 0;
        int n = spaced.length();
        while (i < n) {
            if (Character.isWhitespace(spaced.charAt(i))) {
                out.append(spaced.charAt(i++));
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(spaced.charAt(end))) {
                end++;
            }
            String token = spaced.substring(i, end);
            Split split = splitToken(token, linkWords > 0);
            out.append(split.text());
            if (!split.text().equals(token) && changes.size() < 5) {
                changes.add(token + " → " + split.text());
            }
            if (split.endsLink() || startsLower(token) || linkWords >= LINK_REACH) {
                linkWords = 0;
            } else if (split.startsLink() || linkWords > 0) {
                linkWords++;
            }
            i = end;
        }
        if (!spaced.equals(text) && changes.isEmpty()) {
            changes.add("a space after a comma before a capital");
        }
        if (!changes.isEmpty()) {
            notes.add("split words a link ran together: " + String.join(", ", changes)
                    + "; check them and put the spaces in the text");
        }
        return out.toString();
    }

    /** A token as split; whether a glued start of a link was split in it, and whether its glued end was. */
    private record Split(String text, boolean startsLink, boolean endsLink) {
    }

    private static boolean startsLower(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return Character.isLowerCase(token.charAt(i));
            }
        }
        return false;
    }

    private Split splitToken(String token, boolean afterLinkStart) {
        int from = 0;
        while (from < token.length() && !Character.isLetter(token.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < token.length() && Character.isLetter(token.charAt(to))) {
            to++;
        }
        String core = token.substring(from, to);
        if (token.indexOf('#') >= 0 || token.indexOf('@') >= 0 || token.indexOf('/') >= 0 || core.length() < 6 || !Character.isUpperCase(core.charAt(0)) || KNOWN.contains(core)
                || to < token.length() && "-'’".indexOf(token.charAt(to)) >= 0
                || from > 0 && "-'’".indexOf(token.charAt(from - 1)) >= 0) {
            return new Split(token, false, false);
        }
        List<String> parts = new ArrayList<>();
        boolean turned = splitAtCapitals(core, parts);
        boolean linked = afterLinkStart || turned;
        List<String> pieces = new ArrayList<>();
        boolean tailSplit = false;
        boolean lastIsLinkStart = false;
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            List<String> split = splitTail(part, linked, p < parts.size() - 1);
            tailSplit |= split.size() > 1;
            lastIsLinkStart = parts.size() > 1 && split.size() == 1;
            pieces.addAll(split);
        }
        if (pieces.size() == 1) {
            return new Split(token, false, false);
        }
        return new Split(token.substring(0, from) + String.join(" ", pieces) + token.substring(to),
                lastIsLinkStart, tailSplit && !lastIsLinkStart);
    }

    /** Splits at each lower-to-capital turn the text gives evidence for; whether any was split. */
    private boolean splitAtCapitals(String core, List<String> parts) {
        int start = 0;
        boolean turned = false;
        for (int k = 1; k < core.length(); k++) {
            if (!Character.isLowerCase(core.charAt(k - 1)) || !Character.isUpperCase(core.charAt(k))) {
                continue;
            }
            String head = core.substring(start, k);
            String rest = core.substring(k);
            if (head.length() >= 3 && !insideKnownName(core, k) && !endsWithBrand(head) && evidencedTurn(head, rest)) {
                parts.add(head);
                start = k;
                turned = true;
            }
        }
        parts.add(core.substring(start));
        return turned;
    }

    /** Whether position {@code k} falls inside a camel-case name the word holds ({@code StikerWhatsApptelah}). */
    private static boolean insideKnownName(String core, int k) {
        for (String name : KNOWN) {
            int at = core.indexOf(name);
            if (at >= 0 && at < k && k < at + name.length()) {
                return true;
            }
        }
        return false;
    }

    /** {@code detikNews}, {@code DetikSore}: an outlet's own spelling of its channels. */
    private static boolean endsWithBrand(String head) {
        String low = head.toLowerCase(Locale.ROOT);
        return CamelJoins.BRAND_PREFIXES.stream().anyMatch(low::endsWith);
    }

    private boolean evidencedTurn(String head, String rest) {
        if (rest.length() < 2) {
            return false;
        }
        int caps = 0;
        while (caps < rest.length() && Character.isUpperCase(rest.charAt(caps))) {
            caps++;
        }
        boolean acronym = caps >= 3;
        String lastWord = lastLowerWord(head);
        int name = 1;
        while (name < rest.length() && Character.isLowerCase(rest.charAt(name))) {
            name++;
        }
        String restWord = rest.substring(0, name);
        return lower.contains(head.toLowerCase(Locale.ROOT)) || lastWord != null || TITLES.contains(lastCapital(head))
                || acronym && head.length() >= 4
                || head.length() >= 4 && startsWithName(restWord)
                || lastCapital(head).length() >= 4 && restWord.length() >= 3 && startsWithName(lastCapital(head));
    }

    /** Whether the word is, or starts with, a capitalised word the text uses alone: {@code Israel}mengguncang. */
    private boolean startsWithName(String word) {
        for (int j = word.length(); j >= 3; j--) {
            if (capitalised.contains(word.substring(0, j))) {
                return true;
            }
        }
        return false;
    }

    /** The last capitalised run of a head: {@code Presiden} of {@code PemerintahanPresiden}. */
    private static String lastCapital(String head) {
        int k = head.length() - 1;
        while (k > 0 && !Character.isUpperCase(head.charAt(k))) {
            k--;
        }
        return head.substring(k);
    }

    /** The lower-case word the text uses alone that ends {@code head} after a name, as in {@code Topuriamenggusur}. */
    private String lastLowerWord(String head) {
        for (int j = 3; j <= head.length() - 4; j++) {
            String tail = head.substring(j);
            if (isPlainLower(tail) && lower.contains(tail) && isName(head.substring(0, j))) {
                return tail;
            }
        }
        return null;
    }

    /**
     * {@code Subiantomenjadi} → {@code Subianto}, {@code menjadi}. A head the text names alone ({@code Trump}) is
     * trusted first, with a tail the text uses alone or one shaped like a verb; a head known only from a link's glued
     * start needs a tail of five letters or more that the text uses alone, so {@code Trumpmenyatakan} never becomes
     * {@code Trumpmenyat akan}. A three-letter tail needs a long head, or is {@code dan} between two glued names
     * ({@code IrandanIsrael}), so {@code Ramadan} and {@code Padahal} stay whole.
     */
    private List<String> splitTail(String part, boolean linked, boolean beforeCapital) {
        if (!isPlainCapitalised(part) || counts.getOrDefault(part.toLowerCase(Locale.ROOT), 0) > 1) {
            return List.of(part);
        }
        for (int j = 3; j <= part.length() - 3; j++) {
            String head = part.substring(0, j);
            String tail = part.substring(j);
            if (capitalised.contains(head) && isName(head) && !NAME_HEADS.contains(head) && !SUFFIXES.contains(tail)
                    && (lower.contains(tail) && (tail.length() >= 4 || head.length() >= 5
                    || tail.equals("dan") && head.length() >= 4 && beforeCapital)
                    || VERB.matcher(tail).matches())) {
                return List.of(head, tail);
            }
        }
        if (!linked) {
            return List.of(part);
        }
        for (int j = 3; j <= part.length() - 5; j++) {
            String head = part.substring(0, j);
            String tail = part.substring(j);
            if (lower.contains(tail) && isName(head) && !NAME_HEADS.contains(head)) {
                return List.of(head, tail);
            }
        }
        return List.of(part);
    }

    /** A word the text never writes in lower case, so not a common word at a sentence start. */
    private boolean isName(String head) {
        return !lower.contains(head.toLowerCase(Locale.ROOT));
    }

    private static boolean isPlainCapitalised(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        return isPlainLower(w.substring(1));
    }

    private static boolean isPlainLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }
}
