package id.warta.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.content.ContentReader;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index files of the search test site (src/test/resources/search/site), read back as the browser reads them. */
class SearchIndexTest {
    static final Path CONTENT = Path.of("src/test/resources/search/site");
    private static final ObjectMapper JSON = new ObjectMapper();
    static List<SearchEntry> entries;
    static Map<String, JsonNode> files;

    @BeforeAll
    static void build() throws IOException {
        entries = entries(CONTENT);
        files = read(new SearchIndex().files(entries));
    }

    @Test
    void sameArticlesGiveTheSameBytesWhateverTheAnalysisOrder() throws IOException {
        List<IndexFile> first = new SearchIndex().files(entries);
        List<SearchEntry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        new SearchIndex().files(reversed); // leaves the other order's analysis in the in-process memo
        List<IndexFile> again = new SearchIndex().files(entries);
        assertEquals(paths(first), paths(again));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), again.get(i).bytes(), first.get(i).path());
        }
    }

    @Test
    void everyFileIsAShardScriptUnderTheIndexFolder() {
        for (String path : files.keySet()) {
            assertTrue(path.matches("cari/indeks/(manifest|k-[a-z0-9_]+|p-\\d+|m-\\d+)\\.js"), path);
        }
        JsonNode manifest = files.get("cari/indeks/manifest.js");
        assertEquals(entries.size(), manifest.get("articles").asInt());
        for (JsonNode key : manifest.get("formShards")) {
            assertTrue(files.containsKey("cari/indeks/k-" + key.asText() + ".js"), key.asText());
        }
        int shards = manifest.get("postingShards").asInt();
        for (int i = 0; i < shards; i++) {
            assertTrue(files.containsKey("cari/indeks/p-" + i + ".js"), "postings shard " + i);
        }
        assertEquals(List.of(List.of(2024, 0, 3), List.of(2023, 3, 5)), JSON.convertValue(manifest.get("years"),
                List.class), "the five articles, newest first: three of 2024, two of 2023");
    }

    @Test
    void eachStemSitsInTheShardItsHashNames() {
        int shards = files.get("cari/indeks/manifest.js").get("postingShards").asInt();
        int keys = 0;
        for (int i = 0; i < shards; i++) {
            for (Iterator<String> it = files.get("cari/indeks/p-" + i + ".js").fieldNames(); it.hasNext(); keys++) {
                assertEquals(i, ShardHash.of(it.next(), shards));
            }
        }
        assertTrue(keys > 100, "stems and filter keys: " + keys);
    }

    @Test
    void formsMapToLucenesStemsAndStopWordsToZero() {
        JsonNode banjir = form("kebanjiran");
        assertEquals(null, banjir, "no article says kebanjiran");
        assertEquals("[\"tambah\",1]", form("penambahan").toString());
        assertEquals("[\"\",1]", form("pompa").toString(), "a form that is its own stem");
        assertEquals("0", form("yang").toString());
    }

    @Test
    void aHeadlineWordOutranksTheSameWordInABody() {
        // "banjir" is in 02 only, in its headline; in 01 "pompa" is in the headline, "sampah" in the body only
        Map<Integer, Integer> banjir = postings("banjir");
        assertEquals(List.of(0), List.copyOf(banjir.keySet()), "02 is the newest, document 0");
        assertTrue(postings("pompa").get(1) > postings("sampah").get(1), postings("pompa") + " " + postings("sampah"));
    }

    @Test
    void cardsHoldWhatAResultShows() {
        JsonNode card = files.get("cari/indeks/m-0.js").get(0);
        assertEquals("banjir-rendam-tiga-desa-di-kabupaten-bandung/index.html", card.get(0).asText());
        assertEquals("Banjir Rendam Tiga Desa di Kabupaten Bandung", card.get(1).asText());
        assertEquals("2024-11-20", card.get(2).asText());
        assertEquals("Regional", card.get(4).asText());
        assertEquals("[\"Bandung\",\"Bencana\"]", card.get(5).toString());
        assertTrue(card.get(7).asText().contains("Banjir merendam tiga desa"), card.get(7).asText());
    }

    @Test
    void aBigShardSplitsByTheNextLetter() {
        TreeMap<String, FormShards.Form> forms = new TreeMap<>();
        for (String word : List.of("membawa", "membuka", "menanam", "mencatat", "mengungsi", "mengusir", "merendam",
                "meluap", "me", "banjir", "bandung")) {
            forms.put(word, new FormShards.Form(word, 1));
        }
        TreeMap<String, TreeMap<String, Object>> shards = FormShards.group(forms, 120);
        assertEquals(List.of("b", "me", "mel", "mem", "men", "mer"), List.copyOf(shards.keySet()));
        assertEquals(List.of("me"), List.copyOf(shards.get("me").keySet()), "a form as long as its key stays");
        assertFalse(shards.get("men").containsKey("membawa"));
    }

    private static JsonNode form(String form) {
        for (Map.Entry<String, JsonNode> file : files.entrySet()) {
            if (file.getKey().contains("/k-") && file.getValue().has(form)) {
                return file.getValue().get(form);
            }
        }
        return null;
    }

    /** A stem's postings as document to score. */
    private static Map<Integer, Integer> postings(String stem) {
        int shards = files.get("cari/indeks/manifest.js").get("postingShards").asInt();
        JsonNode list = files.get("cari/indeks/p-" + ShardHash.of(stem, shards) + ".js").get(stem);
        Map<Integer, Integer> out = new TreeMap<>();
        int doc = 0;
        for (int i = 0; i < list.size(); i += 2) {
            doc += list.get(i).asInt();
            out.put(doc, list.get(i + 1).asInt());
        }
        return out;
    }

    static List<SearchEntry> entries(Path content) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> walk = Files.list(content)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new ArticleParser().parse(new ContentReader(content).read(file).file()));
            }
        }
        articles.sort(Comparator.comparing(Article::date).reversed());
        return articles.stream().map(a -> new SearchEntry(a, a.slug() + "/index.html",
                a.date().toLocalDate().toString(), null)).toList();
    }

    /** Each file's data, the third argument of its {@code WartaSearch.load} call. */
    static Map<String, JsonNode> read(List<IndexFile> index) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (IndexFile file : index) {
            String script = new String(file.bytes(), StandardCharsets.UTF_8);
            assertTrue(script.startsWith("WartaSearch.load(\"") && script.endsWith(");\n"), file.path());
            JsonNode call = JSON.readTree("[" + script.substring("WartaSearch.load(".length(),
                    script.length() - 3) + "]");
            out.put(file.path(), call.get(2));
        }
        return out;
    }

    private static List<String> paths(List<IndexFile> files) {
        return files.stream().map(IndexFile::path).toList();
    }
}
