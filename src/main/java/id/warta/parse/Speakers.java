package id.warta.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What may be a speaker (conventions §4): a person, role or institution as written ({@code Kepala BNPB Suharyanto},
 * {@code jubir KPK}), never a verb, a pronoun or a fragment of the sentence around it. Pronouns are recognised so
 * that {@link SpeakerResolver} can replace them with the person they stand for.
 */
final class Speakers {

    /** Pronouns that stand for someone named earlier: {@code kata dia}, {@code tambah mereka}. */
    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "aku",
            "dirinya", "anda", "engkau", "kamu", "keduanya", "nya");
    /** Lower-case words that end a speaker after the verb: {@code ujar X seperti dilansir}, {@code kata X di Jakarta}. */
    private static final Set<String> CONTEXT = Set.of("dalam", "saat", "kepada", "di", "seperti", "usai", "ketika",
            "pada", "sebagaimana", "sambil", "sembari", "setelah", "sebelum", "seusai", "selepas", "melalui", "lewat",
            "via", "dilansir", "mengutip", "dikutip", "menurut", "kemarin", "yang", "soal", "terkait", "mengenai",
            "tentang", "kala", "hari", "pekan", "malam", "pagi", "siang", "sore", "tadi", "belum", "beberapa", "sesaat",
            "menanggapi", "ditemui", "dihubungi", "dikonfirmasi", "lalu", "sebelumnya", "dilaporkan", "kepadanya",
            "sejak", "dari", "untuk", "ke", "atas", "dengan", "juga", "pun", "lagi", "kembali", "pula", "seraya",
            "kemudian", "lantas", "sekaligus", "jelang", "menjelang", "bahwa", "agar", "supaya", "karena",
            "namun", "tetapi", "dan", "atau", "ini", "itu", "tersebut");
    /** Nouns that look like me-/ber- verbs: {@code menteri}, {@code mereka}, {@code mahasiswa}. */
    private static final Set<String> NOT_VERBS = Set.of("menteri", "mereka", "mantan", "masyarakat", "mahasiswa",
            "manajer", "majelis", "menko", "menkes", "menag", "mendagri", "menlu", "menhan", "menpora", "mensos",
            "menkeu", "meneg", "berita", "beberapa", "bersama");
    /** {@code mengatakan}, {@code membacakan}, {@code berharap}: a verb ends the speaker before it. */
    private static final Pattern VERB_LIKE = Pattern.compile("^(?:me|ber)\\p{Ll}{4,}$");
    private static final Pattern SPEECH_VERB = Pattern.compile("(?i)^(?:" + QuoteFinder.VERBS + ")(?:nya)?$");
    private static final Set<String> DAYS = Set.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu",
            "Minggu", "Ahad");
    private static final Pattern TRAILING_PAUSE = Pattern.compile("[,;:!?]+$");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");
    /** Openings of a clause that come before its subject: {@code Sementara itu, X mengatakan}. */
    private static final Pattern LEADING_ADJUNCT = Pattern.compile("(?i)^(?:sementara\\s+itu|selain\\s+itu|di\\s+sisi"
            + "\\s+lain|dalam\\s+\\S+(?:\\s+\\S+){0,6}|terkait\\s+\\S+(?:\\s+\\S+){0,6}|menurut\\s+\\S+(?:\\s+\\S+){0,3}"
            + "|lebih\\s+lanjut|kemudian|namun|adapun|sebelumnya|pada\\s+\\S+(?:\\s+\\S+){0,5}|saat\\s+\\S+(?:\\s+\\S+)"
            + "{0,6}|ketika\\s+\\S+(?:\\s+\\S+){0,6}|menanggapi\\s+\\S+(?:\\s+\\S+){0,6}|di\\s+\\S+(?:\\s+\\S+){0,4}"
            + "|secara\\s+terpisah|sedangkan|lalu|kini|hingga\\s+kini|meski\\s+\\S+(?:\\s+\\S+){0,6})\\s*,\\s*");
    /** Adverbs between a subject and its verb: {@code Prabowo juga mengatakan}. */
    private static final Pattern TRAILING_ADVERB = Pattern.compile("(?i)(?:\\s+(?:juga|pun|lalu|kemudian|sempat|telah"
            + "|sudah|turut|kembali|pernah|masih|bahkan|lantas|akhirnya|pula|tak\\s+lupa|secara\\s+\\p{L}+|sendiri))+$");

    private Speakers() {
    }

    static boolean isPronoun(String speaker) {
        return speaker != null && PRONOUNS.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }

    /** The speaker after a verb: up to a comma, a context word, a verb, a date or the end of the sentence. */
    static String afterVerb(String rest) {
        String[] words = Text.WHITESPACE.split(rest.strip());
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (word.isEmpty() || word.startsWith("(") && word.length() > 1 && Character.isDigit(word.charAt(1))
                    || word.startsWith("\"")) {
                break;
            }
            String bare = TRAILING_PAUSE.matcher(word).replaceAll("");
            if (CONTEXT.contains(bare) || DAYS.contains(TRAILING_STOP.matcher(bare).replaceAll(""))
                    || !kept.isEmpty() && isVerb(bare)) {
                break;
            }
            boolean stop = !bare.equals(word);
            if (bare.endsWith(".") && Text.endsSentence(bare + " ", bare.length() - 1)) {
                bare = bare.substring(0, bare.length() - 1);
                stop = true;
            }
            if (!bare.isEmpty()) {
                kept.add(bare);
            }
            if (stop) {
                break;
            }
        }
        return clean(String.join(" ", kept));
    }

    private static boolean isVerb(String word) {
        String w = TRAILING_STOP.matcher(word).replaceAll("");
        return VERB_LIKE.matcher(w).matches() && !NOT_VERBS.contains(w);
    }

    /** A speaker as written, or null when what is left is no one: empty, a lone verb, or no letter at all. */
    static String clean(String speaker) {
        if (speaker == null) {
            return null;
        }
        String s = speaker.strip();
        while (true) { // `ungkap Yuwono`: a second verb left in front of the name
            int space = s.indexOf(' ');
            if (space < 0 || !SPEECH_VERB.matcher(s.substring(0, space)).matches()) {
                break;
            }
            s = s.substring(space + 1).strip();
        }
        if (s.isEmpty() || SPEECH_VERB.matcher(s).matches() || s.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return s;
    }

    /** The subject of a reporting clause: {@code Sementara itu, Kapolres X juga} → {@code Kapolres X}. */
    static String subject(String clause) {
        String s = clause.strip();
        for (int guard = 0; guard < 4; guard++) {
            java.util.regex.Matcher m = LEADING_ADJUNCT.matcher(s);
            if (!m.lookingAt()) {
                break;
            }
            s = s.substring(m.end());
        }
        s = s.replaceAll("[\\s,;:]+$", "");
        return TRAILING_ADVERB.matcher(s).replaceAll("").replaceAll("[\\s,;:]+$", "").strip();
    }

    /** Whether a subject names someone: a capital letter, at most a dozen words, not a pronoun nor a clause. */
    static boolean names(String subject) {
        if (subject == null || subject.isEmpty() || isPronoun(subject) || Text.wordCount(subject) > 12
                || subject.chars().noneMatch(Character::isUpperCase) || subject.contains("\"")) {
            return false;
        }
        String[] words = Text.WHITESPACE.split(subject);
        for (int i = 0; i < words.length; i++) {
            String w = TRAILING_STOP.matcher(words[i]).replaceAll("");
            boolean between = i > 0 && i + 1 < words.length && Character.isUpperCase(words[i - 1].charAt(0))
                    && Character.isUpperCase(words[i + 1].charAt(0));
            if (CLAUSE_WORDS.contains(w) && !(between && w.equals("dan")) || isVerb(w)) {
                return false; // `Siti juga belum bisa`, `Langkah ini dilakukan untuk …`: a clause, not a name
            }
        }
        return true;
    }

    /** Lower-case words that make a run of words a clause rather than a name. */
    private static final Set<String> CLAUSE_WORDS = Set.of("untuk", "dan", "adalah", "yang", "dengan", "bisa",
            "belum", "tetap", "akan", "sudah", "harus", "ke", "di", "dari", "tidak", "tak", "memang", "juga", "pun",
            "telah", "ingin", "mau", "perlu", "agar", "bahwa", "karena", "jika", "saat", "ketika", "oleh", "pada",
            "dalam", "atas", "lebih", "sangat", "ini", "itu", "tersebut", "dilakukan", "merupakan", "ialah", "yakni",
            "bagi", "secara", "masih", "pernah", "sempat", "hanya", "terus", "kembali", "atau");
}
