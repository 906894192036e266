package id.warta.model;

/** Where an article's headline came from; only a derived headline may be restyled. */
public enum HeadlineSource {
    /** The front matter's {@code title}: never recased. */
    FRONT_MATTER("frontMatter"),
    /** A short first line that reads as a title: never recased. */
    TITLE_LINE("titleLine"),
    /** The original title named by a syndication line ({@code … dengan judul "…"}): never recased. */
    SYNDICATION("syndication"),
    /** Derived from the lede's first sentence and capitalised as an Indonesian title. */
    LEDE("lede");

    private final String key;

    HeadlineSource(String key) {
        this.key = key;
    }

    /** The name used in JSON and dumps. */
    public String key() {
        return key;
    }
}
