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
        for (char c : text.toCharArray()) { // array reads: String.charAt costs a call per char in C1-compiled code
            // Printable ASCII and the plain space answer without the Unicode tables; the rest asks them.
            boolean letter = c > ' ' && c < 0x7F || c != ' ' && !Character.isWhitespace(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
