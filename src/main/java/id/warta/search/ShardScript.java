package id.warta.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * A shard as a script that hands its data to the search page's registry, {@code WartaSearch.load(kind, key, data)}:
 * browsers run {@code <script src>} from {@code file://}, where they refuse {@code fetch()}. The data is JSON, which
 * is also JavaScript; it is never parsed as HTML.
 */
final class ShardScript {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShardScript() {
    }

    static byte[] of(String kind, String key, Object data) {
        try {
            return ("WartaSearch.load(" + JSON.writeValueAsString(kind) + "," + JSON.writeValueAsString(key) + ","
                    + JSON.writeValueAsString(data) + ");\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search shard is not JSON: " + e.getMessage(), e);
        }
    }

    /** Characters of {@code data} once written, to size shards before writing them. */
    static int size(Object data) {
        try {
            return JSON.writeValueAsString(data).length();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search shard is not JSON: " + e.getMessage(), e);
        }
    }
}
