/** Renders pages with the one FreeMarker configuration: auto-escaping templates from the user's templates/ folder. */
package id.warta.render;
