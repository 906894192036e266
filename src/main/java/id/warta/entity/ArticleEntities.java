package id.warta.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities of one article, each kind in order of first mention, each entity once.
 *
 * @param people people named, their titles and roles left out
 * @param institutions ministries, agencies, parties, companies
 * @param places provinces, regencies, cities and countries
 */
public record ArticleEntities(List<Entity> people, List<Entity> institutions, List<Entity> places) {

    public static final ArticleEntities NONE = new ArticleEntities(List.of(), List.of(), List.of());

    public ArticleEntities {
        people = List.copyOf(people);
        institutions = List.copyOf(institutions);
        places = List.copyOf(places);
    }

    /** People, then institutions, then places. */
    public List<Entity> all() {
        List<Entity> all = new ArrayList<>(people.size() + institutions.size() + places.size());
        all.addAll(people);
        all.addAll(institutions);
        all.addAll(places);
        return all;
    }

    public List<Entity> of(EntityKind kind) {
        return switch (kind) {
            case PERSON -> people;
            case INSTITUTION -> institutions;
            case PLACE -> places;
        };
    }
}
