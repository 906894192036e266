/** Corpus scripts: figures of how the parser reads whole folders of real articles (run by hand, not tests). */
package id.warta.bench.corpus;
