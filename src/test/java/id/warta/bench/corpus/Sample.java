package id.warta.bench.corpus;

import id.warta.model.Article;
import java.nio.file.Path;

/**
 * One article file as the measures see it.
 *
 * @param file the file
 * @param text its text as read
 * @param article what the parser made of it, or null when it crashed
 * @param crash the exception of a crash (the parser's own fallback counts too), or null
 * @param unaccounted non-blank lines the parser did not account for
 */
record Sample(Path file, String text, Article article, Throwable crash, int unaccounted) { }
