package id.warta.search;

/**
 * One file of the index.
 *
 * @param path site-relative, under {@link SearchIndex#FOLDER}
 * @param bytes its UTF-8 bytes
 */
public record IndexFile(String path, byte[] bytes) {
}
