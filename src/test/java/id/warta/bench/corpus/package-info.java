/** Figures of the parser's output over folders of real articles, one small measure class per figure. */
package id.warta.bench.corpus;
