package id.warta.model;

import java.util.List;
import java.util.Map;

/**
 * What the article's foot says about who made it and where it came from.
 *
 * @param roles lower-case role ({@code penulis}, {@code editor}, {@code pewarta}, {@code reporter}, {@code sumber})
 *     to name, in the order written
 * @param initials editor initials such as {@code (rfs/jbr)}, or null
 * @param copyright a copyright line such as {@code Copyright © ANTARA 2024}, or null
 * @param syndication the origin of a syndicated article, or null
 * @param boilerplate promo lines kept out of the body (app downloads, channel follows), as written
 */
public record Credits(Map<String, String> roles, String initials, String copyright, Syndication syndication,
                      List<String> boilerplate) {
    public static final Credits NONE = new Credits(Map.of(), null, null, null, List.of());

    public Credits {
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        boilerplate = List.copyOf(boilerplate);
    }

    public boolean isEmpty() {
        return roles.isEmpty() && initials == null && copyright == null && syndication == null && boilerplate.isEmpty();
    }
}
