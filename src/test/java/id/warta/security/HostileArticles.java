package id.warta.security;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import id.warta.model.Quote;
import id.warta.model.Syndication;
import id.warta.parse.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The injection vectors, and articles or front matter carrying one in every field that reaches a page. */
final class HostileArticles {

    private HostileArticles() {
    }

    static List<String> vectors() throws IOException {
        try (InputStream in = HostileArticles.class.getResourceAsStream("/security/xss-vectors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** A rich article (every model field set) whose texts all come from {@code text}, links from {@code link}. */
    static Article article(int n, String text, String link, String readAlsoTarget) {
        String headline = "Berita " + n + " " + text;
        List<Block> body = List.of(
                new Block.Paragraph(0, text, 6),
                new Block.ReadAlso("Baca Juga", readAlsoTarget, null, 0, 7),
                new Block.Paragraph(1, "\"" + text + ",\" ujar " + text + ".", 8),
                new Block.ReadAlso(text, text, link, 1, 9),
                new Block.Paragraph(2, "Dilansir dari " + text + ", " + text, 10));
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("penulis", text);
        roles.put("editor", text);
        roles.put("x" + text.toLowerCase(java.util.Locale.ROOT), text);
        Credits credits = new Credits(roles, text, "Copyright © " + text, new Syndication(text, text, link),
                List.of(text));
        return new Article("content/" + n + ".txt", headline, HeadlineSource.FRONT_MATTER,
                "berita-" + n + "-" + Slugs.fromHeadline(text), new Dateline(text, text),
                OffsetDateTime.of(2024, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(7)).minusHours(n),
                text, text, List.of(text, "aman " + n), false, link, text, body, List.of(text, text + " 2"),
                List.of(new Quote(1, text, text)), credits, text, List.of(text), List.of());
    }

    /** Front matter and body lines with {@code text} in every field Warta reads from a file. */
    static String file(int n, String text, String imageUrl) {
        String quoted = "'" + text.replace("'", "''") + "'";
        return "---\n"
                + "title: '" + ("Berita " + n + " " + text).replace("'", "''") + "'\n"
                + "description: " + quoted + "\n"
                + "tags: [" + quoted + ", 'aman']\n"
                + "author: " + quoted + "\n"
                + "outlet: " + quoted + "\n"
                + "image: '" + imageUrl.replace("'", "''") + "'\n"
                + "image_caption: " + quoted + "\n"
                + "date: 2024-11-21 09:" + String.format("%02d", n % 60) + "\n"
                + "---\n"
                + "JAKARTA, KOMPAS.com - " + text + "\n"
                + text + "\n"
                + "Baca Juga: " + text + "\n"
                + "\"" + text + ",\" ujar " + text + ".\n"
                + "Dilansir dari " + text + ", kata dia.\n"
                + "Penulis: " + text + "\n"
                + "Editor: " + text + "\n"
                + "(" + text + ")\n";
    }

    static List<Article> articles(List<String> texts, String link) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String target = "Berita " + ((i + 1) % texts.size()) + " " + texts.get((i + 1) % texts.size());
            articles.add(article(i, texts.get(i), link, target));
        }
        return articles;
    }
}
