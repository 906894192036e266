/** Writes the rendered site into the output directory safely: only changed files, never outside it, never half. */
package id.warta.output;
