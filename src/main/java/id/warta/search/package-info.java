/** The archive's search index: Indonesian analysis at build time, BM25 postings in small static shards. */
package id.warta.search;
