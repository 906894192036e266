/** The benchmark kit: a generator of realistic corpora for Warta and Hugo, and JMH benchmarks (not tests). */
package id.warta.bench;
