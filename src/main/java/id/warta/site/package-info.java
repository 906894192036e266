/** Builds the site model from parsed articles: ordering, slugs, links, views, and the list of pages to render. */
package id.warta.site;
