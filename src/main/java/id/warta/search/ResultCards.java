package id.warta.search;

import id.warta.model.Article;
import id.warta.model.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a result shows of an article, in blocks of a few articles each: a query loads the blocks of the results on
 * screen only, so the blocks are small (results of one word are spread over the whole archive).
 */
final class ResultCards {
    static final int BLOCK = 5;
    /** Long enough for a sentence around the matched word, short enough that ten results stay a few kilobytes. */
    static final int EXCERPT = 280;

    private ResultCards() {
    }

    /** Block {@code block}'s cards: {@code [path, headline, date, day, section, tags, sources, excerpt]}. */
    static List<List<Object>> block(List<SearchEntry> entries, int block) {
        List<List<Object>> cards = new ArrayList<>();
        for (int i = block * BLOCK; i < Math.min(entries.size(), (block + 1) * BLOCK); i++) {
            SearchEntry entry = entries.get(i);
            Article article = entry.article();
            cards.add(Arrays.asList(entry.path(), article.headline(), entry.date(), entry.day(),
                    article.editorial().section(), article.tags(), article.attributions(), excerpt(article)));
        }
        return cards;
    }

    static int blocks(int articles) {
        return (articles + BLOCK - 1) / BLOCK;
    }

    /** The description, else the body's start, cut at a space near {@link #EXCERPT} characters. */
    static String excerpt(Article article) {
        String text = article.description();
        if (text == null || text.isBlank()) {
            StringBuilder body = new StringBuilder();
            for (Block.Paragraph paragraph : article.paragraphs()) {
                if (body.length() > EXCERPT) {
                    break;
                }
                body.append(body.length() == 0 ? "" : " ").append(paragraph.text());
            }
            text = body.toString();
        }
        text = text.strip();
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }
}
