package id.warta.search;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The archive's search index as static files under {@link #FOLDER}: a manifest, the form-to-stem map in prefix
 * shards ({@link FormShards}), BM25 postings and filter lists in hashed shards ({@link ShardHash}), and result cards
 * in small blocks ({@link ResultCards}). A one-word query loads the manifest, one form shard, one postings shard and
 * the card blocks of the results it shows.
 *
 * <p>Same articles, same bytes: every map is sorted and nothing depends on the order threads finish in.
 */
public final class SearchIndex {
    public static final String FOLDER = "cari/indeks/";
    /** Postings shards are about this many characters (their count is a power of two). */
    static final int POSTINGS_TARGET = 16_000;
    static final int FORMS_TARGET = 8_000;
    static final String TAG = "@t:";
    static final String SOURCE = "@s:";

    /**
     * The last build's analysis by article, so a rebuild in the same process (the preview server) analyses only
     * the articles that changed. Replaced, not grown, by every build.
     */
    private static volatile Map<Article, ArticleTerms> lastBuild = Map.of();

    private final IndonesianWords words = new IndonesianWords();

    /** The index files of {@code entries}, newest first (an entry's position is its document number). */
    public List<IndexFile> files(List<SearchEntry> entries) {
        Map<Article, ArticleTerms> known = lastBuild;
        Map<Article, ArticleTerms> now = new ConcurrentHashMap<>();
        List<ArticleTerms> terms = entries.parallelStream().map(entry -> {
            ArticleTerms made = known.get(entry.article());
            if (made == null) {
                made = ArticleTerms.of(entry.article(), words);
            }
            now.put(entry.article(), made);
            return made;
        }).toList();
        lastBuild = now;

        TreeMap<String, Object> keyed = new TreeMap<>(Bm25.postings(terms));
        Map<String, List<Integer>> tagDocs = new TreeMap<>();
        Map<String, List<Integer>> sourceDocs = new TreeMap<>();
        for (int doc = 0; doc < entries.size(); doc++) {
            Article article = entries.get(doc).article();
            for (String tag : article.tags()) {
                tagDocs.computeIfAbsent(tag, t -> new ArrayList<>()).add(doc);
            }
            for (String source : article.attributions()) {
                sourceDocs.computeIfAbsent(source, s -> new ArrayList<>()).add(doc);
            }
        }
        tagDocs.forEach((tag, docs) -> keyed.put(TAG + tag, Bm25.gaps(ints(docs))));
        sourceDocs.forEach((source, docs) -> keyed.put(SOURCE + source, Bm25.gaps(ints(docs))));

        List<IndexFile> files = new ArrayList<>();
        int shards = postingShards(keyed);
        List<TreeMap<String, Object>> postings = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            postings.add(new TreeMap<>());
        }
        keyed.forEach((key, list) -> postings.get(ShardHash.of(key, shards)).put(key, list));
        for (int i = 0; i < shards; i++) {
            files.add(new IndexFile(FOLDER + "p-" + i + ".js", ShardScript.of("postings", String.valueOf(i),
                    postings.get(i))));
        }

        TreeMap<String, TreeMap<String, Object>> forms = FormShards.group(forms(terms), FORMS_TARGET);
        forms.forEach((key, shard) -> files.add(new IndexFile(FOLDER + "k-" + key + ".js",
                ShardScript.of("forms", key, shard))));
        for (int block = 0; block < ResultCards.blocks(entries.size()); block++) {
            files.add(new IndexFile(FOLDER + "m-" + block + ".js", ShardScript.of("cards", String.valueOf(block),
                    ResultCards.block(entries, block))));
        }
        files.add(new IndexFile(FOLDER + "manifest.js", ShardScript.of("manifest", "",
                manifest(entries, shards, new ArrayList<>(forms.keySet()), tagDocs, sourceDocs))));
        files.sort(Comparator.comparing(IndexFile::path));
        return files;
    }

    private TreeMap<String, FormShards.Form> forms(List<ArticleTerms> terms) {
        TreeMap<String, Integer> articles = new TreeMap<>();
        for (ArticleTerms article : terms) {
            for (String form : article.forms()) {
                articles.merge(form, 1, Integer::sum);
            }
        }
        TreeMap<String, FormShards.Form> forms = new TreeMap<>();
        articles.forEach((form, count) -> forms.put(form, new FormShards.Form(words.stem(form), count)));
        for (String stopWord : IndonesianWords.stopWords()) {
            forms.put(stopWord, FormShards.Form.STOP_WORD);
        }
        return forms;
    }

    /** A power of two, so that shards are about {@link #POSTINGS_TARGET} characters on average. */
    private static int postingShards(Map<String, Object> keyed) {
        long size = 0;
        for (Map.Entry<String, Object> entry : keyed.entrySet()) {
            size += entry.getKey().length() + 4;
            for (int value : (int[]) entry.getValue()) {
                size += digits(value) + 1;
            }
        }
        int shards = 1;
        while ((long) shards * POSTINGS_TARGET < size) {
            shards *= 2;
        }
        return shards;
    }

    private static int digits(int value) {
        return value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : String.valueOf(value).length();
    }

    private static Map<String, Object> manifest(List<SearchEntry> entries, int shards, List<String> formKeys,
                                                Map<String, List<Integer>> tags, Map<String, List<Integer>> sources) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("articles", entries.size());
        manifest.put("postingShards", shards);
        manifest.put("cardBlock", ResultCards.BLOCK);
        manifest.put("formShards", formKeys);
        manifest.put("years", years(entries));
        manifest.put("tags", counted(tags));
        manifest.put("sources", counted(sources));
        return manifest;
    }

    /** {@code [year, first document, document after the last]} for each run of documents of one year. */
    private static List<List<Integer>> years(List<SearchEntry> entries) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int doc = 0; doc < entries.size(); doc++) {
            String date = entries.get(doc).date();
            if (date == null) {
                continue;
            }
            int year = Integer.parseInt(date.substring(0, 4));
            List<Integer> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(0) == year && last.get(2) == doc) {
                last.set(2, doc + 1);
            } else {
                runs.add(new ArrayList<>(List.of(year, doc, doc + 1)));
            }
        }
        return runs;
    }

    /** {@code [name, articles]}, the most used first, then by name. */
    private static List<List<Object>> counted(Map<String, List<Integer>> groups) {
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Integer>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> List.<Object>of(e.getKey(), e.getValue().size()))
                .toList();
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
