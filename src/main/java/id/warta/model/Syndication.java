package id.warta.model;

/**
 * Where a syndicated article first appeared ("Artikel ini telah tayang di Kompas.com dengan judul ...").
 *
 * @param outlet the origin outlet as written
 * @param title the original title, or null
 * @param url the original URL, or null
 */
public record Syndication(String outlet, String title, String url) { }
