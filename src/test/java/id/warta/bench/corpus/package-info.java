/** Figures of how the parser reads whole folders of real articles, run by hand, not as tests. */
package id.warta.bench.corpus;
