package id.warta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void sameSeedAndSizeWriteTheSameBytes(@TempDir Path dir) throws IOException {
        new CorpusGenerator(7, 40).write(dir.resolve("a/warta"), dir.resolve("a/hugo"));
        new CorpusGenerator(7, 40).write(dir.resolve("b/warta"), dir.resolve("b/hugo"));

        for (String tree : List.of("warta", "hugo")) {
            List<Path> first = files(dir.resolve("a").resolve(tree));
            List<Path> second = files(dir.resolve("b").resolve(tree));
            assertEquals(40, first.size());
            assertEquals(first.stream().map(Path::getFileName).toList(),
                    second.stream().map(Path::getFileName).toList());
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                        first.get(i).getFileName().toString());
            }
        }
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        assertNotEquals(new CorpusGenerator(7, 5).warta(0), new CorpusGenerator(8, 5).warta(0));
    }

    @Test
    void wartaFilesHaveValidFrontMatterAndNewsSizedBodies() throws Exception {
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 120);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            SourceFile file = SourceFiles.fromText(corpus.wartaFileName(i), corpus.warta(i));
            assertEquals(List.of(), file.problems(), corpus.wartaFileName(i));
            assertTrue(titles.add(file.frontMatter().title()), "titles repeat: " + file.frontMatter().title());
            assertTrue(file.frontMatter().date().matches("20(19|2[0-4])-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+07:00"),
                    file.frontMatter().date());
            int tags = file.frontMatter().tags().size();
            assertTrue(tags >= 1 && tags <= 3, "tags: " + tags);
            int words = file.lines().stream().mapToInt(l -> ArticleBodies.words(l.text())).sum();
            assertTrue(words >= 300 && words <= 650, corpus.wartaFileName(i) + " has " + words + " words");
        }
    }

    @Test
    void corpusHasTheShapesOfIndonesianNews() {
        String text = String.join("\n", Stream.iterate(0, i -> i + 1).limit(200)
                .map(new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 200)::warta).toList());
        for (String shape : List.of("KOMPAS.com - ", "(ANTARA) - ", "Baca juga: ", "BACA JUGA: ", "Dilansir dari ",
                ",\" ujar ", "(*)", "Editor: ", "ADVERTISEMENT", "Artikel ini telah tayang di Tribunnews.com")) {
            assertTrue(text.contains(shape), "no article contains " + shape);
        }
    }

    @Test
    void hugoCopyLinksReadAlsoTitlesToTheirArticles() {
        CorpusGenerator corpus = new CorpusGenerator(3, 30);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            slugs.add(corpus.hugoFileName(i).replace(".md", ""));
        }
        int links = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (String line : corpus.hugo(i).split("\n")) {
                int open = line.indexOf("](/");
                if (open >= 0) {
                    assertTrue(slugs.contains(line.substring(open + 3, line.length() - 2)), line);
                    links++;
                }
            }
        }
        assertTrue(links >= corpus.size(), "read-also links: " + links);
    }

    /** The corpus of an imported archive: most read-also lines name articles it does not hold. */
    @Test
    void anUnmatchedCorpusNamesMostlyArticlesItDoesNotHold() {
        CorpusGenerator corpus = new CorpusGenerator(3, 200, true);
        CorpusGenerator matched = new CorpusGenerator(3, 200);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            slugs.add(corpus.hugoFileName(i).replace(".md", ""));
            assertEquals(matched.hugoFileName(i), corpus.hugoFileName(i), "the same articles");
        }
        int links = 0;
        int missing = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (String line : corpus.hugo(i).split("\n")) {
                int open = line.indexOf("](/");
                if (open >= 0) {
                    links++;
                    missing += slugs.contains(line.substring(open + 3, line.length() - 2)) ? 0 : 1;
                }
            }
        }
        assertTrue(missing > links * 6 / 10 && missing < links, missing + " of " + links + " name no article");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
