package id.warta.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the newsroom says about an article beyond its text: where it belongs, when it changed, whether it is picked.
 *
 * @param section the section (rubrik) such as {@code Nasional} or {@code Ekonomi}, or null
 * @param updated when the article was last updated, or null
 * @param featured whether the editors picked it for the home page's "Pilihan Redaksi"
 * @param people people the author names as the article's subjects, in order, without duplicates
 */
public record Editorial(String section, OffsetDateTime updated, boolean featured, List<String> people) {

    public static final Editorial NONE = new Editorial(null, null, false, List.of());

    public Editorial {
        people = List.copyOf(people);
    }
}
