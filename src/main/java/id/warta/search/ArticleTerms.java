package id.warta.search;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one article contributes to the index, the costly part of building it: each stem's weighted count, the
 * article's weighted length, and the forms written in it. Pure in the article, so a build may keep it between runs.
 *
 * @param stems the stems, sorted
 * @param weights each stem's weighted count in halves of a body word, in the order of {@code stems} (whole
 *     numbers, so the build cache can keep them)
 * @param length the sum of all weights, BM25's document length, in the same halves
 * @param forms every form written in the article, sorted
 */
public record ArticleTerms(List<String> stems, List<Integer> weights, int length, List<String> forms) {
    /** A word of the headline counts three times one of the body: headlines say what an article is about. */
    static final int HEADLINE = 6;
    static final int TAGS = 4;
    static final int DESCRIPTION = 3;
    /** Sources, speakers and named people: a reader looking for a name wants the articles quoting it. */
    static final int NAMES = 3;
    /** The unit: a body word counts as two halves. */
    static final int BODY = 2;

    public ArticleTerms {
        stems = List.copyOf(stems);
        weights = List.copyOf(weights);
        forms = List.copyOf(forms);
    }

    static ArticleTerms of(Article article, IndonesianWords words) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        TreeSet<String> forms = new TreeSet<>();
        int[] length = {0};
        Adder add = (text, weight) -> {
            for (String form : words.forms(text)) {
                forms.add(form);
                counts.merge(words.stem(form), weight, Integer::sum);
                length[0] += weight;
            }
        };
        add.text(article.headline(), HEADLINE);
        for (String tag : article.tags()) {
            add.text(tag, TAGS);
        }
        add.text(article.editorial().section(), TAGS);
        add.text(article.description(), DESCRIPTION);
        for (String name : names(article)) {
            add.text(name, NAMES);
        }
        for (Block.Paragraph paragraph : article.paragraphs()) {
            add.text(paragraph.text(), BODY);
        }
        return new ArticleTerms(new ArrayList<>(counts.keySet()), new ArrayList<>(counts.values()), length[0],
                new ArrayList<>(forms));
    }

    /** Sources, speakers and people, each once. */
    private static Set<String> names(Article article) {
        Set<String> names = new LinkedHashSet<>(article.attributions());
        for (Quote quote : article.quotes()) {
            if (quote.speaker() != null) {
                names.add(quote.speaker());
            }
        }
        names.addAll(article.editorial().people());
        return names;
    }

    @FunctionalInterface
    private interface Adder {
        void text(String text, int weight);
    }
}
