package id.warta.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pins the hash the search page's script computes too: a change here must change assets/cari.js alike. */
class ShardHashTest {
    @Test
    void fnv1aOfUtf16UnitsModuloTheShardCount() {
        // the empty key hashes to the offset basis; others as the textbook definition below does
        assertEquals((int) (0x811c9dc5L % 7), ShardHash.of("", 7));
        assertEquals((int) (fnv("banjir") % 64), ShardHash.of("banjir", 64));
        assertEquals((int) (fnv("@t:Bencana") % 64), ShardHash.of("@t:Bencana", 64));
        assertEquals(0, ShardHash.of("apa saja", 1));
    }

    /** The textbook definition, in longs. */
    private static long fnv(String key) {
        long hash = 0x811c9dc5L;
        for (char c : key.toCharArray()) {
            hash ^= c;
            hash = (hash * 16777619L) & 0xffffffffL;
        }
        return hash;
    }
}
