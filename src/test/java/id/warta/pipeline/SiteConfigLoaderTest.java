package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.ContentException;
import id.warta.site.SiteConfig;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteConfigLoaderTest {

    private static ContentException refused(String yaml) {
        return assertThrows(ContentException.class, () -> SiteConfigLoader.parse("content/site.yaml", yaml));
    }

    @Test
    void readsEverySetting() throws Exception {
        SiteConfigLoader.Loaded loaded = SiteConfigLoader.parse("content/site.yaml", """
                title: Kabar Timur
                description: Berita dari timur Indonesia
                baseUrl: https://kabar.example.id
                language: id
                timezone: Asia/Jayapura
                publisher:
                  name: PT Kabar Timur
                  logo: logo.png
                perPage: 12
                feedSize: 30
                wordsPerMinute: 180
                permalink: "{year}/{month}/{slug}"
                """);
        SiteConfig config = loaded.config();
        assertEquals("Kabar Timur", config.title());
        assertEquals("https://kabar.example.id/", config.baseUrl());
        assertEquals(ZoneId.of("Asia/Jayapura"), config.timezone());
        assertEquals("PT Kabar Timur", config.publisherName());
        assertEquals("logo.png", config.publisherLogo());
        assertEquals(8, loaded.logoLine());
        assertEquals(12, config.perPage());
        assertEquals(30, config.feedSize());
        assertEquals(180, config.wordsPerMinute());
        assertEquals("{year}/{month}/{slug}", config.permalink());
    }

    @Test
    void defaultsEveryMissingSetting() throws Exception {
        SiteConfig config = SiteConfigLoader.parse("content/site.yaml", "title: Warta Kota\n").config();
        assertEquals("id", config.language());
        assertEquals(SiteConfig.JAKARTA, config.timezone());
        assertEquals(20, config.perPage());
        assertEquals(50, config.feedSize());
        assertEquals(200, config.wordsPerMinute());
        assertEquals("{slug}", config.permalink());
        assertEquals("Warta Kota", config.publisherName());
        assertNull(config.baseUrl());
    }

    @Test
    void aMissingFileMeansDefaults() throws Exception {
        assertEquals(SiteConfig.defaults(), SiteConfigLoader.load(Path.of("no-such-folder")).config());
    }

    @Test
    void refusesAnUnknownKeyNamingItsLine() {
        ContentException e = refused("title: Warta\nper_page: 10\n");
        assertEquals(2, e.problem().line());
        assertTrue(e.problem().message().contains("`per_page`"), e.problem().message());
        assertTrue(e.problem().message().contains("perPage"), "lists the known keys");
    }

    @Test
    void refusesAnUnknownPublisherKey() {
        ContentException e = refused("publisher:\n  name: PT A\n  url: https://a.example.id\n");
        assertEquals(3, e.problem().line());
        assertTrue(e.problem().message().contains("publisher.url"), e.problem().message());
    }

    @Test
    void refusesWrongValuesNamingTheirLine() {
        assertEquals(2, refused("title: A\nbaseUrl: ftp://a.example.id\n").problem().line());
        assertEquals(1, refused("timezone: Jakarta/Pusat\n").problem().line());
        assertEquals(1, refused("perPage: nol\n").problem().line());
        assertEquals(1, refused("feedSize: 0\n").problem().line());
        assertEquals(1, refused("permalink: \"{slug}/../{year}\"\n").problem().line());
        assertEquals(1, refused("language: bahasa indonesia\n").problem().line());
        assertEquals(1, refused("publisher: PT A\n").problem().line());
    }

    @Test
    void socialCardsAreOnUnlessSiteYamlTurnsThemOff() throws Exception {
        assertTrue(SiteConfigLoader.parse("content/site.yaml", "title: A\n").config().socialCards());
        assertTrue(SiteConfigLoader.parse("content/site.yaml", "socialCards: true\n").config().socialCards());
        assertFalse(SiteConfigLoader.parse("content/site.yaml", "socialCards: false\n").config().socialCards());
        ContentException e = refused("title: A\nsocialCards: tidak\n");
        assertEquals(2, e.problem().line());
        assertEquals("`socialCards` must be true or false, not `tidak`", e.problem().message());
    }

    @Test
    void sectionsAreAListOfNamesInTheMastheadsOrder() throws Exception {
        assertEquals(java.util.List.of(), SiteConfigLoader.parse("content/site.yaml", "title: A\n").config()
                .sections());
        assertEquals(java.util.List.of("Nasional", "Ekonomi", "Olahraga"), SiteConfigLoader.parse(
                "content/site.yaml", "title: A\nsections: [Nasional, Ekonomi, Olahraga]\n").config().sections());
        assertEquals(java.util.List.of("Megapolitan", "Internasional"), SiteConfigLoader.parse(
                "content/site.yaml", "sections:\n  - Megapolitan\n  - Internasional\n").config().sections());
        ContentException e = refused("title: A\nsections: Nasional\n");
        assertEquals(2, e.problem().line());
        assertEquals("`sections` must be a list of section names such as [Nasional, Ekonomi, Olahraga]",
                e.problem().message());
    }

    @Test
    void entityThresholdIsOneUnlessSiteYamlRaisesIt() throws Exception {
        assertEquals(1, SiteConfigLoader.parse("content/site.yaml", "title: A\n").config().entityThreshold());
        assertEquals(3, SiteConfigLoader.parse("content/site.yaml", "entityThreshold: 3\n").config()
                .entityThreshold());
        ContentException e = refused("title: A\nentityThreshold: 0\n");
        assertEquals(2, e.problem().line());
        assertEquals("`entityThreshold` must be a whole number from 1 to 99999, not `0`", e.problem().message());
    }
}
