/** Reads saved news web pages: front-matter fields and body lines extracted as plain text, never as markup. */
package id.warta.importer;
