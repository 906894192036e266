package id.warta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The form-to-stem map cut into shards by the forms' first letters, a shard splitting by the next letter while it is
 * larger than a target: {@code ba} alone, but {@code me} as {@code mem}, {@code men}, {@code meng}... as Indonesian's
 * prefixes crowd some beginnings. A form is looked up in the shard of the longest key it starts with, and forms that
 * share a typed prefix sit together, which is what prefix matching needs. Keys hold only {@code a-z0-9}; forms that
 * start with anything else share the shard {@link #OTHER}.
 */
final class FormShards {
    static final String OTHER = "_";
    private static final int MAX_KEY = 6;

    /**
     * A form's stem ({@code ""} when the form is its own stem) and how many articles use it; a stop word has no
     * stem and is written as {@code 0}, so the browser leaves it out of a query instead of finding nothing for it.
     */
    record Form(String stem, int articles) {
        static final Form STOP_WORD = new Form(null, 0);

        Object json(String form) {
            return stem == null ? (Object) 0 : List.of(stem.equals(form) ? "" : stem, articles);
        }
    }

    private FormShards() {
    }

    static TreeMap<String, TreeMap<String, Object>> group(TreeMap<String, Form> forms, int target) {
        TreeMap<String, TreeMap<String, Form>> shards = new TreeMap<>();
        for (Map.Entry<String, Form> form : forms.entrySet()) {
            char first = form.getKey().charAt(0);
            shards.computeIfAbsent(keyChar(first) ? String.valueOf(first) : OTHER, k -> new TreeMap<>())
                    .put(form.getKey(), form.getValue());
        }
        List<String> open = new ArrayList<>(shards.keySet());
        while (!open.isEmpty()) {
            String key = open.remove(open.size() - 1);
            TreeMap<String, Form> shard = shards.get(key);
            if (key.equals(OTHER) || key.length() >= MAX_KEY || size(shard) <= target) {
                continue;
            }
            TreeMap<String, Form> kept = new TreeMap<>();
            for (Map.Entry<String, Form> form : shard.entrySet()) {
                String word = form.getKey();
                if (word.length() > key.length() && keyChar(word.charAt(key.length()))) {
                    String child = word.substring(0, key.length() + 1);
                    if (!shards.containsKey(child)) {
                        shards.put(child, new TreeMap<>());
                        open.add(child);
                    }
                    shards.get(child).put(word, form.getValue());
                } else {
                    kept.put(word, form.getValue());
                }
            }
            if (kept.isEmpty()) {
                shards.remove(key);
            } else {
                shards.put(key, kept);
            }
        }
        TreeMap<String, TreeMap<String, Object>> out = new TreeMap<>();
        shards.forEach((key, shard) -> {
            TreeMap<String, Object> json = new TreeMap<>();
            shard.forEach((form, entry) -> json.put(form, entry.json(form)));
            out.put(key, json);
        });
        return out;
    }

    /** Characters a shard key may hold, so that keys are file names as they are. */
    static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static int size(Map<String, Form> shard) {
        int size = 0;
        for (Map.Entry<String, Form> form : shard.entrySet()) {
            size += form.getKey().length() + (form.getValue().stem() == null ? 0 : form.getValue().stem().length()) + 12;
        }
        return size;
    }
}
