package id.warta.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name spelled out before its acronym in brackets, {@code Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)}:
 * found only when the capitals of the words before spell the acronym, so an aside in brackets is never taken.
 */
final class Expansions {
    /** Small words an expansion may hold that give no letter to the acronym. */
    private static final Set<String> SILENT = Set.of("dan", "&", "dari", "untuk", "di", "of", "the", "and", "for");
    /** Words that make a spelled-out name an institution's: the first word, or (in English) the last. */
    private static final Set<String> FIRST = Set.of("tentara", "perusahaan", "bank", "universitas", "institut",
            "asosiasi", "persatuan", "ikatan", "himpunan", "perhimpunan", "gerakan", "federasi", "yayasan",
            "organisasi", "serikat", "aliansi", "forum", "pusat", "balai", "kantor", "satuan", "korps", "komando",
            "pasukan", "angkatan", "lembaga", "badan", "kementerian", "komisi", "dewan", "majelis", "mahkamah",
            "kejaksaan", "kepolisian", "pengadilan", "partai", "dinas", "direktorat", "otoritas", "sekretariat",
            "komite", "biro", "markas", "perserikatan", "bursa", "koperasi", "rumah");
    private static final Set<String> LAST = Set.of("organization", "organisation", "agency", "association", "bank",
            "fund", "council", "union", "corporation", "company", "committee", "commission", "institute",
            "foundation", "forum", "court", "office", "bureau", "authority", "service", "department", "ministry",
            "party", "federation", "administration", "alliance", "nations");

    /**
     * One spelled-out name.
     *
     * @param start index of its first word
     * @param acronym index of the bracketed acronym after it
     * @param name the words as written, commas kept
     */
    record Found(int start, int acronym, String name) {
        String acronymText(List<Word> words) {
            return words.get(acronym).text();
        }
    }

    private Expansions() {
    }

    static List<Found> find(List<Word> words) {
        List<Found> found = new ArrayList<>();
        for (int k = 1; k < words.size(); k++) {
            Word w = words.get(k);
            if (w.bracketed() && Names.isAcronym(w.text()) && words.get(k - 1).trail().isEmpty()) {
                int start = spelledOutStart(words, k);
                if (start >= 0) {
                    found.add(new Found(start, k, Word.phrase(words, start, k)));
                }
            }
        }
        return found;
    }

    /** Whether a spelled-out name is an institution's, by its first word or its last English one. */
    static boolean isInstitution(String name) {
        String[] parts = Names.key(name).split(" ");
        return FIRST.contains(parts[0]) || LAST.contains(parts[parts.length - 1]);
    }

    private static int spelledOutStart(List<Word> words, int k) {
        String acronym = words.get(k).text();
        int need = acronym.length();
        for (int i = k - 1; i >= 0 && need > 0; i--) {
            Word word = words.get(i);
            if (i < k - 1 && !word.joinsNext(words.get(i + 1)) && !word.trail().equals(",")) {
                return -1;
            }
            String text = word.text();
            if (SILENT.contains(text.toLowerCase(Locale.ROOT)) && !Names.startsCapital(text)) {
                continue;
            }
            if (!Names.startsCapital(text)) {
                return -1;
            }
            String capitals = Names.isAcronym(text) ? text : text.substring(0, 1);
            if (capitals.length() > need || !acronym.substring(need - capitals.length(), need).equals(capitals)) {
                return -1;
            }
            need -= capitals.length();
            if (need == 0) {
                return i;
            }
        }
        return -1;
    }
}
