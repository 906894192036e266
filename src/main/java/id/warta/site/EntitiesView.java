package id.warta.site;

import java.util.List;

/**
 * "Tokoh dan lembaga dalam berita ini": an article's people, institutions and places, each linking to its page.
 *
 * @param people people named, each linking to its page
 * @param institutions institutions named
 * @param places places named
 */
public record EntitiesView(List<LinkView> people, List<LinkView> institutions, List<LinkView> places) {

    public static final EntitiesView NONE = new EntitiesView(List.of(), List.of(), List.of());

    public EntitiesView {
        people = List.copyOf(people);
        institutions = List.copyOf(institutions);
        places = List.copyOf(places);
    }

    /** Whether there is anything to show. */
    public boolean isAny() {
        return !people.isEmpty() || !institutions.isEmpty() || !places.isEmpty();
    }
}
