package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Prefix filtering reads only the word lists of each title's rarest words; it must find exactly what counting
 * every shared word found, for titles that match a headline exactly, nearly, or not at all.
 */
class ReadAlsoResolverTest {
    /** Words with very different frequencies, as headlines have: a few in most of them, most in few. */
    private static final String[] COMMON = {"di", "dan", "yang", "untuk", "ke", "dari", "jakarta", "pemerintah"};

    @Test
    void findsWhatCountingEverySharedWordFoundOnGeneratedTitles() {
        Random random = new Random(20_240_521L);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            vocabulary.add(word(random));
        }
        Map<String, String> pathByTitle = new LinkedHashMap<>();
        List<String> headlines = new ArrayList<>();
        while (headlines.size() < 4000) {
            String headline = headline(random, vocabulary);
            if (pathByTitle.putIfAbsent(TitleKey.of(headline), "berita-" + headlines.size() + "/") == null) {
                headlines.add(headline);
            }
        }
        ReadAlsoResolver resolver = new ReadAlsoResolver(pathByTitle, new Links(SiteConfig.defaults()));
        OldResolver old = new OldResolver(pathByTitle);

        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String headline = headlines.get(random.nextInt(headlines.size()));
            String[] words = headline.split(" ");
            titles.add(switch (i % 6) {
                case 0 -> headline;
                case 1 -> headline.replaceFirst(" " + words[random.nextInt(words.length)] + "\\b", "");
                case 2 -> headline + " " + vocabulary.get(random.nextInt(vocabulary.size()));
                case 3 -> headline.replace('a', 'e');
                case 4 -> headline(random, vocabulary);
                default -> headline(random, List.of("banjir", "rob", "gempa", "tol", "harga", "beras")) + " baru";
            });
        }
        int resolved = 0;
        for (String title : titles) {
            String expected = old.target(title);
            assertEquals(expected, resolver.target(title), title);
            resolved += expected == null ? 0 : 1;
        }
        assertTrue(resolved > 1000 && resolved < titles.size() - 500, "a mix of matches and misses: " + resolved);
    }

    private static String headline(Random random, List<String> vocabulary) {
        int length = 4 + random.nextInt(9);
        StringBuilder headline = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = random.nextInt(3) == 0 ? COMMON[random.nextInt(COMMON.length)]
                    : vocabulary.get((int) Math.floor(Math.pow(random.nextDouble(), 2) * vocabulary.size()));
            headline.append(i == 0 ? "" : " ").append(word);
        }
        return headline.toString();
    }

    private static String word(Random random) {
        String letters = "abcdeghijklmnoprstuwy";
        StringBuilder word = new StringBuilder();
        for (int i = 0, length = 3 + random.nextInt(7); i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
