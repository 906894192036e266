package id.warta.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an article names, as found, and how the mentions join: a later surname or first name alone joins the one
 * full name it belongs to ({@code Milley} → {@code Mark Milley}), a name with a word in front of a full name joins
 * that name ({@code Tesla Elon Musk} → {@code Elon Musk}), and the front matter's {@code tokoh:} names take in
 * the shorter forms found in the text ({@code Sri Mulyani} → {@code Sri Mulyani Indrawati}).
 */
final class Mentions {
    private record Person(String name, String key, boolean titled, long at, boolean editor) { }

    private record Named(String name, long at) { }

    private final List<Person> people = new ArrayList<>();
    private final Map<String, Named> institutions = new LinkedHashMap<>();
    private final Map<String, Named> places = new LinkedHashMap<>();

    void person(String name, boolean titled, long at, boolean editor) {
        String key = Names.key(name);
        if (!key.isEmpty()) {
            people.add(new Person(name.strip(), key, titled, at, editor));
        }
    }

    void institution(String name, long at) {
        // `Komisi II DPR RI` is `Komisi II DPR`: the country is understood where enough of the name is left
        String shorter = name.replaceAll("\\s+RI$", "");
        add(institutions, Names.key(shorter).split(" ").length >= 3 ? shorter : name, at);
    }

    void place(String name, long at) {
        add(places, name, at);
    }

    private static void add(Map<String, Named> map, String name, long at) {
        String key = Names.key(name);
        Named known = map.get(key);
        if (known == null || at < known.at()) {
            map.put(key, new Named(known == null ? name : known.name(), at));
        }
    }

    ArticleEntities entities() {
        Map<String, Named> full = new LinkedHashMap<>();
        Set<String> editors = new TreeSet<>();
        for (Person p : people) {
            if (p.editor() || p.key().indexOf(' ') > 0) {
                add(full, p.name(), p.at());
                if (p.editor()) {
                    editors.add(p.key());
                }
            }
        }
        Map<String, String> joins = joins(full.keySet(), editors);
        Map<String, List<String>> byWord = new HashMap<>();
        for (String key : full.keySet()) {
            if (joins.containsKey(key)) {
                continue;
            }
            String[] words = key.split(" ");
            byWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(key);
            if (words.length > 1) {
                byWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(key);
            }
        }
        Map<String, Named> resolved = new LinkedHashMap<>();
        for (Person p : people) {
            String key = joins.getOrDefault(p.key(), p.key());
            if (!full.containsKey(key)) {
                List<String> owners = byWord.getOrDefault(key, List.of());
                if (owners.size() == 1) {
                    key = owners.get(0);
                } else if (!p.titled() || !owners.isEmpty()) {
                    continue; // an untitled single word, or one that could be either of two people
                }
            }
            if (institutions.containsKey(key) || places.containsKey(key) || Gazetteer.isPlace(key)) {
                continue;
            }
            Named named = full.get(key);
            String name = named != null ? named.name() : p.name();
            Named known = resolved.get(key);
            if (known == null || p.at() < known.at()) {
                resolved.put(key, new Named(name, p.at()));
            }
        }
        return new ArticleEntities(ordered(EntityKind.PERSON, resolved), ordered(EntityKind.INSTITUTION,
                institutions), ordered(EntityKind.PLACE, places));
    }

    /**
     * Full names that are another full name's variant: with a word in front ({@code tesla elon musk} →
     * {@code elon musk}), or the start of a name the editor gave ({@code sri mulyani} → {@code sri mulyani
     * indrawati}). Each key is looked up by its word suffixes and prefixes, never compared with every other.
     */
    private static Map<String, String> joins(Set<String> keys, Set<String> editors) {
        Map<String, String> joins = new HashMap<>();
        Map<String, String> editorByPrefix = new HashMap<>();
        for (String editor : editors) {
            String[] words = editor.split(" ");
            for (int n = 1; n < words.length; n++) {
                editorByPrefix.merge(String.join(" ", List.of(words).subList(0, n)), editor, (a, b) -> "");
            }
        }
        for (String key : keys) {
            String editor = editorByPrefix.get(key);
            if (editor != null && !editor.isEmpty() && !editors.contains(key)) {
                joins.put(key, editor);
                continue;
            }
            String[] words = key.split(" ");
            for (int from = 1; from + 2 <= words.length && !editors.contains(key); from++) {
                String tail = String.join(" ", List.of(words).subList(from, words.length));
                if (keys.contains(tail)) {
                    joins.put(key, tail);
                    break;
                }
            }
        }
        return joins;
    }

    private static List<Entity> ordered(EntityKind kind, Map<String, Named> named) {
        List<Map.Entry<String, Named>> entries = new ArrayList<>(named.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, Named> e) -> e.getValue().at())
                .thenComparing(Map.Entry::getKey));
        List<Entity> entities = new ArrayList<>(entries.size());
        for (Map.Entry<String, Named> e : entries) {
            entities.add(new Entity(kind, e.getKey(), e.getValue().name().strip()));
        }
        return entities;
    }

}
