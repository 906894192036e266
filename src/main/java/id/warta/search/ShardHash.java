package id.warta.search;

/**
 * Which postings shard holds a key: 32-bit FNV-1a over the key's UTF-16 units, modulo the shard count. The search
 * page's script computes the same ({@code hash} in {@code assets/cari.js}); {@code ShardHashTest} pins values.
 */
final class ShardHash {
    private ShardHash() {
    }

    static int of(String key, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(hash) % shards);
    }
}
