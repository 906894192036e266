package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Block;

/** Minutes to read the cleaned body, rounded up, at least one: the figure outlets show as "3 menit baca". */
final class ReadingTime {

    private ReadingTime() {
    }

    static int minutes(Article article, int wordsPerMinute) {
        long words = 0;
        for (Block.Paragraph paragraph : article.paragraphs()) {
            words += countWords(paragraph.text());
        }
        return (int) Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
    }

    static long countWords(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
