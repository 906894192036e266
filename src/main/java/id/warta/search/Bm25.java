package id.warta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Okapi BM25 of every (stem, article) pair, computed once at build time so the browser only adds numbers. Weighted
 * counts (headline and tags count more, see {@link ArticleTerms}) stand in for term frequencies, as BM25F does.
 * Scores are kept as whole tenths: small to ship, and equal scores fall back to recency in the browser.
 */
final class Bm25 {
    static final double K1 = 1.2;
    static final double B = 0.75;

    private Bm25() {
    }

    /**
     * Each stem's postings as {@code [doc gap, score, doc gap, score, ...]}: documents ascending (document {@code i}
     * is {@code terms.get(i)}, newest first), each as its gap from the one before (the first from 0), scores in
     * tenths, at least 1.
     */
    static TreeMap<String, int[]> postings(List<ArticleTerms> terms) {
        int n = terms.size();
        Map<String, Integer> df = new HashMap<>();
        double total = 0;
        for (ArticleTerms article : terms) {
            total += article.length() / 2.0;
            for (String stem : article.stems()) {
                df.merge(stem, 1, Integer::sum);
            }
        }
        double average = n == 0 || total == 0 ? 1 : total / n;
        Map<String, List<int[]>> lists = new HashMap<>();
        for (int doc = 0; doc < n; doc++) {
            ArticleTerms article = terms.get(doc);
            double norm = K1 * (1 - B + B * article.length() / 2.0 / average);
            for (int i = 0; i < article.stems().size(); i++) {
                String stem = article.stems().get(i);
                double weight = article.weights().get(i) / 2.0;
                int count = df.get(stem);
                double idf = Math.log(1 + (n - count + 0.5) / (count + 0.5));
                double score = idf * weight * (K1 + 1) / (weight + norm);
                lists.computeIfAbsent(stem, s -> new ArrayList<>())
                        .add(new int[] {doc, (int) Math.max(1, Math.round(score * 10))});
            }
        }
        TreeMap<String, int[]> out = new TreeMap<>();
        lists.forEach((stem, list) -> out.put(stem, gaps(list)));
        return out;
    }

    private static int[] gaps(List<int[]> list) {
        int[] out = new int[list.size() * 2];
        int previous = 0;
        for (int i = 0; i < list.size(); i++) {
            out[2 * i] = list.get(i)[0] - previous;
            out[2 * i + 1] = list.get(i)[1];
            previous = list.get(i)[0];
        }
        return out;
    }

    /** Ascending documents as gaps (the first from 0), for filter lists that carry no score. */
    static int[] gaps(int[] docs) {
        int[] out = new int[docs.length];
        int previous = 0;
        for (int i = 0; i < docs.length; i++) {
            out[i] = docs[i] - previous;
            previous = docs[i];
        }
        return out;
    }
}
