package id.warta.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an institution's name starts and how far it runs: a head word ({@code Kementerian}, {@code Badan},
 * {@code Komisi}, {@code Partai}) followed by the words of roles and institutions, places and acronyms
 * ({@code Kementerian Keuangan}, {@code Dinas Kesehatan Kota Malang}); or {@code PT} and a company's name
 * ({@code PT Bank Central Asia Tbk}). A head word alone is a common noun, never a name.
 */
final class Institutions {
    private static final Set<String> HEADS = Set.of("kementerian", "kemenko", "badan", "dinas", "komisi", "mahkamah",
            "dewan", "majelis", "lembaga", "kejaksaan", "pengadilan", "kepolisian", "pemerintah", "direktorat",
            "otoritas", "sekretariat", "inspektorat", "partai", "polda", "polres", "polresta", "polrestabes", "polsek",
            "kodam", "korem", "kodim", "pemkot", "pemkab", "pemprov", "perusahaan", "komite", "korps");
    /** Heads that need a place after them: {@code Polres Malang}, {@code Pemprov Jawa Timur}. */
    private static final Set<String> PLACE_HEADS = Set.of("polda", "polres", "polresta", "polrestabes", "polsek",
            "kodam", "korem", "kodim", "pemkot", "pemkab", "pemprov");
    /** Words an institution's name does not end with: it was cut before what it belongs to. */
    private static final Set<String> GENERIC_ENDS = Set.of("kota", "provinsi", "kabupaten", "daerah", "negeri",
            "tinggi", "wilayah", "cabang", "koordinator", "jenderal", "usaha", "riset", "dan", "pusat", "badan",
            "kantor", "bidang", "milik", "urusan");
    /** Heads whose names repeat in every region: {@code Dinas Kesehatan} is only a name with its place. */
    private static final Set<String> REGIONAL = Set.of("dinas", "pemerintah", "pengadilan", "kejaksaan", "polda",
            "polres", "polresta", "polrestabes", "polsek", "kodam", "korem", "kodim", "pemkot", "pemkab", "pemprov");
    private static final Set<String> METRO = Set.of("Metro", "Jaya");
    /** Words that close a company's name: {@code Tbk}, {@code Indonesia}. */
    private static final Set<String> COMPANY_ENDS = Set.of("tbk", "indonesia");
    private static final int MAX_WORDS = 10;
    private static final int MAX_COMPANY_WORDS = 5;

    private Institutions() {
    }

    /** Whether a word opens an institution's name ({@code Dinas}, {@code Kementerian}): never part of a person's. */
    static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT)) || word.equals("PT");
    }

    /** How many words the institution starting at word {@code i} has; 0 when none starts there. */
    static int at(List<Word> words, int i) {
        String head = words.get(i).text();
        if (!Names.startsCapital(head)) {
            return 0;
        }
        if (head.equals("PT")) {
            return company(words, i);
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (!HEADS.contains(lower)) {
            return 0;
        }
        boolean placeOnly = PLACE_HEADS.contains(lower);
        int j = i + 1;
        int end = i + 1;
        while (j < words.size() && j - i < MAX_WORDS && linked(words, j, placeOnly)) {
            Word w = words.get(j);
            Gazetteer.Match place = Gazetteer.at(words, j, false);
            if (place != null) {
                j += place.words();
                end = j;
            } else if (placeOnly && METRO.contains(w.text())) {
                j++; // `Polda Metro Jaya`, `Kodam Jaya`: Jakarta's commands are named so
                end = j;
            } else if (!placeOnly && (Roles.isRoleWord(w.text()) && Names.startsCapital(w.text())
                    || Names.isAcronym(w.text()) || Names.isRoman(w.text()))) {
                j++;
                end = j;
            } else if (!placeOnly && w.text().equals("dan") && end == j) {
                j++; // kept only when a role word follows
            } else {
                break;
            }
        }
        // `Pemerintah Kota`, `Direktorat Jenderal`, `Badan Penanggulangan Bencana Daerah` without its place: the
        // name was cut before what it is of, or names a kind of office every region has
        if (end - i < 2 || genericEnd(words, end)
                || REGIONAL.contains(lower) && !endsWithPlace(words, i, end)
                && !METRO.contains(words.get(end - 1).text())) {
            return 0;
        }
        return end - i;
    }

    /** Whether a spelled-out name ends in a word no institution's own name ends with ({@code ... Daerah}). */
    static boolean isGeneric(String name) {
        List<Word> words = Word.split(name);
        return !words.isEmpty() && genericEnd(words, words.size());
    }

    /** Whether the word before {@code end} cannot end a name; {@code Luar Negeri} and {@code Dalam Negeri} can. */
    private static boolean genericEnd(List<Word> words, int end) {
        String last = words.get(end - 1).text().toLowerCase(Locale.ROOT);
        if (last.equals("negeri") && end >= 2) {
            String before = words.get(end - 2).text().toLowerCase(Locale.ROOT);
            if (before.equals("luar") || before.equals("dalam")) {
                return false;
            }
        }
        return GENERIC_ENDS.contains(last);
    }

    private static boolean endsWithPlace(List<Word> words, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            Gazetteer.Match place = Gazetteer.at(words, k, false);
            if (place != null && k + place.words() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code j} continues the name: only a space before it, or a comma inside a list of fields
     * ({@code Badan Meteorologi, Klimatologi, dan Geofisika}).
     */
    private static boolean linked(List<Word> words, int j, boolean placeOnly) {
        Word before = words.get(j - 1);
        Word w = words.get(j);
        if (before.joinsNext(w)) {
            return true;
        }
        return !placeOnly && before.trail().equals(",") && w.lead().isEmpty()
                && (w.text().equals("dan") || Roles.isRoleWord(w.text()) && Names.startsCapital(w.text()));
    }

    /** {@code PT} and a company's name: up to {@code Tbk} or {@code Indonesia}, else the capitalised run. */
    private static int company(List<Word> words, int i) {
        int j = i + 1;
        while (j < words.size() && j - i <= MAX_COMPANY_WORDS && words.get(j - 1).joinsNext(words.get(j))
                && Names.startsCapital(words.get(j).text()) && !Roles.isTitle(words.get(j).text())) {
            j++;
            if (COMPANY_ENDS.contains(words.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                return j - i;
            }
        }
        int run = j - i - 1;
        if (run == 0) {
            return 0;
        }
        boolean runEnds = j >= words.size() || !Names.startsCapital(words.get(j).text())
                || !words.get(j - 1).joinsNext(words.get(j));
        // A run that goes on into more capitals may be the company and a person: keep the company's first word.
        return runEnds && run <= 3 ? run + 1 : 2;
    }
}
