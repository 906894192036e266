package id.warta.entity;

/**
 * The kinds of topic a page can be about, each with the folder its pages live in and its schema.org type.
 */
public enum EntityKind {
    PERSON("tokoh", "Tokoh", "Person"),
    INSTITUTION("lembaga", "Lembaga", "Organization"),
    PLACE("tempat", "Tempat", "Place");

    private final String folder;
    private final String label;
    private final String schemaType;

    EntityKind(String folder, String label, String schemaType) {
        this.folder = folder;
        this.label = label;
        this.schemaType = schemaType;
    }

    /** The site folder of this kind's pages, without a slash: {@code tokoh}. */
    public String folder() {
        return folder;
    }

    /** The kind's name as the site shows it: {@code Tokoh}. */
    public String label() {
        return label;
    }

    /** The schema.org type for JSON-LD: {@code Person}. */
    public String schemaType() {
        return schemaType;
    }
}
