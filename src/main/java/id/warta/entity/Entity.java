package id.warta.entity;

/**
 * A person, institution or place an article names.
 *
 * @param kind what it is
 * @param key the name normalised (lower case, single spaces, no punctuation): the same key is the same entity in
 *     every article
 * @param name the name as written in the article, without titles or roles
 */
public record Entity(EntityKind kind, String key, String name) {

    public static Entity of(EntityKind kind, String name) {
        return new Entity(kind, Names.key(name), name);
    }
}
