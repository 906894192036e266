package id.warta.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a name spelled out before its acronym to the acronym, as headline writers do when a lede is too long:
 * {@code Komisi Pemberantasan Korupsi (KPK) menetapkan} → {@code KPK menetapkan}, {@code Menteri Energi dan Sumber
 * Daya Mineral (ESDM) Bahlil} → {@code Menteri ESDM Bahlil}. Only when the capitalised words' initials spell the
 * acronym, so nothing else is touched.
 */
final class Acronyms {

    private static final Pattern ACRONYM = Pattern.compile("\\s\\((\\p{Lu}{2,10})\\)");

    private Acronyms() {
    }

    static String contract(String text) {
        String s = text;
        Matcher m = ACRONYM.matcher(s);
        int from = 0;
        while (m.find(from)) {
            String acronym = m.group(1);
            int start = spelledOutStart(s.substring(0, m.start()), acronym);
            if (start < 0) {
                from = m.end();
                continue;
            }
            s = s.substring(0, start) + acronym + s.substring(m.end());
            from = start + acronym.length();
            m = ACRONYM.matcher(s);
        }
        return s;
    }

    /** Where the words whose capitals spell {@code acronym} begin, ending right before it; -1 when they do not. */
    private static int spelledOutStart(String before, String acronym) {
        String upper = acronym.replaceAll("\\p{Ll}", "");
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("\\S+").matcher(before);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int need = upper.length() - 1;
        for (int k = words.size() - 1; k >= 0 && need >= 0; k--) {
            String word = before.substring(words.get(k)[0], words.get(k)[1]);
            if (word.equals("dan") || word.equals("&") || word.equals("dari")) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return -1;
            }
            // a word may give one capital (Korupsi) or several (PT, RI)
            String capitals = word.chars().filter(Character::isUpperCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            String tail = capitals.length() > 1 && word.equals(capitals) ? capitals : capitals.substring(0, 1);
            if (need + 1 < tail.length() || !upper.substring(need + 1 - tail.length(), need + 1).equals(tail)) {
                return -1;
            }
            need -= tail.length();
            if (need < 0) {
                return words.get(k)[0];
            }
        }
        return -1;
    }
}
