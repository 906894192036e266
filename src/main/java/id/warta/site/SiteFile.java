package id.warta.site;

import java.util.function.Supplier;

/**
 * One output file that no template renders (a search-index shard, a social-card image), described as data like a
 * {@link Page}: where it goes and how to make its bytes. The bytes are made when the file is written.
 *
 * @param outputPath site-relative path with {@code /} separators, e.g. {@code cari/indeks/ab.js}
 * @param bytes makes the file's bytes; may be called from any thread
 */
public record SiteFile(String outputPath, Supplier<byte[]> bytes) {
}
