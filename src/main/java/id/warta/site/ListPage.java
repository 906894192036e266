package id.warta.site;

import java.util.List;

/** The model of a listing page such as {@code index.ftlh}. */
public record ListPage(PageInfo info, String heading, List<TeaserView> items) { }
