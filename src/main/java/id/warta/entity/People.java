package id.warta.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names in words, their titles and roles left out: {@code Presiden Prabowo Subianto},
 * {@code Menteri Keuangan Sri Mulyani}, {@code Kapolres Malang AKBP Putu Kholis}, {@code Jenderal tertinggi AS Mark
 * Milley}; and untitled names as the subject of a reporting verb ({@code Budi Santoso mengatakan}).
 */
final class People {
    static final int MAX_NAME_WORDS = 4;
    /** Reporting verbs after a subject: a capitalised run before one is a person speaking. */
    private static final Set<String> REPORTING = Set.of("mengatakan", "menyatakan", "menjelaskan", "mengungkapkan",
            "menegaskan", "menuturkan", "menyebut", "menyebutkan", "menambahkan", "memaparkan", "menerangkan",
            "menyampaikan", "mengaku", "menilai", "berharap", "memastikan", "membenarkan", "membantah", "bercerita",
            "berkata", "menekankan", "mengimbau", "mengungkap", "berujar", "menceritakan");
    /** Role words that are also given names ({@code Agung Laksono}): part of a role only right after one. */
    private static final Set<String> NAME_LIKE_ROLES = Set.of("agung", "utama", "karya", "budaya", "cipta", "jaya",
            "bintang", "bulan", "garuda", "hati", "nurani");

    /**
     * A name found.
     *
     * @param name the name's words as written
     * @param words how many words it has
     * @param titled whether a title or role stood before it (so a one-word name can stand on its own)
     * @param at index of its first word
     */
    record Found(String name, int words, boolean titled, int at) { }

    private People() {
    }

    /** Titled names and subjects of reporting verbs, in order. */
    static List<Found> find(List<Word> words) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int title = Roles.titleAt(words, i);
            if (title == 0) {
                Found subject = reportingSubject(words, i);
                if (subject != null) {
                    found.add(subject);
                    i += subject.words();
                } else {
                    i++;
                }
                continue;
            }
            boolean capitalTitle = Names.startsCapital(words.get(i).text());
            int j = afterRole(words, i + title);
            if (j < 0) {
                i += title;
                continue;
            }
            int n = nameLength(words, j);
            if (n > 0 && j + n < words.size() && words.get(j + n - 1).joinsNext(words.get(j + n))
                    && Roles.titleAt(words, j + n) > 0) {
                i = j + n; // `Kasubdit Harda Ditreskrimum AKBP X`: what looked like the name was more of the role
                continue;
            }
            // One word is a name on its own only right after a capitalised title, an acronym or a place
            // (`Presiden Prabowo`, `Kepala BNPB Suharyanto`); after a role's words (`Kepala Seksi Eksekusi`) or a
            // lower-case title (`warga`, `korban`) it may be any noun, so it only joins a full name.
            if (n > 1 || n == 1 && capitalTitle && !Roles.isRoleWord(words.get(j - 1).text())) {
                found.add(new Found(join(words, j, n), n, true, j));
                i = j + n;
            } else if (n == 1) {
                found.add(new Found(join(words, j, n), n, false, j));
                i = j + n;
            } else {
                i = Math.max(j, i + title);
            }
        }
        return found;
    }

    /**
     * The index where the name starts after a role's first words: further titles, role words, acronyms, places,
     * institutions and bracketed acronyms belong to the role. -1 when the role ends at a punctuation mark.
     */
    private static int afterRole(List<Word> words, int j) {
        while (j < words.size()) {
            Word before = words.get(j - 1);
            Word w = words.get(j);
            boolean bracket = w.bracketed() && Names.isAcronym(w.text()) && before.trail().isEmpty();
            if (!before.joinsNext(w) && !bracket && !(before.bracketed() && before.trail().equals(")")
                    && w.lead().isEmpty())) {
                return -1;
            }
            if (bracket) {
                j++;
                continue;
            }
            int title = Roles.titleAt(words, j);
            int institution = Institutions.at(words, j);
            Gazetteer.Match place = Gazetteer.at(words, j, false);
            if (institution > 0) {
                j += institution;
            } else if (place != null) {
                j += place.words();
            } else if (title > 0) {
                j += title;
            } else if (isRoleWord(words, j) || Names.isAcronym(w.text()) || Names.isRoman(w.text())
                    || Roles.isModifier(w.text())) {
                j++;
            } else {
                return j;
            }
        }
        return -1;
    }

    private static boolean isRoleWord(List<Word> words, int j) {
        String w = words.get(j).text();
        if (!Roles.isRoleWord(w) || !Names.startsCapital(w)) {
            return false;
        }
        if (!NAME_LIKE_ROLES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        String before = words.get(j - 1).text();
        return Roles.isRoleWord(before) || Roles.isTitle(before);
    }

    /** How many name words start at {@code j}, up to {@value #MAX_NAME_WORDS}, never across punctuation. */
    static int nameLength(List<Word> words, int j) {
        int n = 0;
        while (j + n < words.size() && n < MAX_NAME_WORDS) {
            Word w = words.get(j + n);
            if (n > 0 && !words.get(j + n - 1).joinsNext(w) || !isNamePart(w)) {
                break;
            }
            n++;
        }
        if (j + n < words.size() && n == MAX_NAME_WORDS && words.get(j + n - 1).joinsNext(words.get(j + n))
                && isNamePart(words.get(j + n))) {
            return 0; // a run of five capitalised words is a title or a heading, not a name
        }
        return n;
    }

    private static boolean isNamePart(Word w) {
        String text = w.text();
        return Names.isNameWord(text) && !Roles.isTitle(text) && !Roles.isRoleWord(text) && !Institutions.isHead(text)
                && !Gazetteer.isPlace(text) && !w.lead().contains("(");
    }

    /** {@code Budi Santoso mengatakan}: two to four name words, not part of a longer run, before a reporting verb. */
    private static Found reportingSubject(List<Word> words, int i) {
        if (i > 0 && words.get(i - 1).joinsNext(words.get(i)) && Names.startsCapital(words.get(i - 1).text())) {
            return null;
        }
        int n = nameLength(words, i);
        if (n < 2 || i + n >= words.size() || !words.get(i + n - 1).joinsNext(words.get(i + n))) {
            return null;
        }
        String next = words.get(i + n).text();
        return REPORTING.contains(next) ? new Found(join(words, i, n), n, false, i) : null;
    }

    static String join(List<Word> words, int from, int count) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < from + count; k++) {
            if (k > from) {
                name.append(' ');
            }
            name.append(words.get(k).text());
        }
        return name.toString();
    }
}
