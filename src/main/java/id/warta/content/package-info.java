/** Reads content/: strict UTF-8 text, front matter split from body lines, with line numbers kept. */
package id.warta.content;
