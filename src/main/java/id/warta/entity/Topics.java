package id.warta.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entities across articles: the same key is one entity, and a person's short form joins the full name it stands for
 * on the site ({@code Prabowo} → {@code Prabowo Subianto}, {@code Bhakti Eri} → {@code Bhakti Eri Nurmansyah})
 * when one full name is named in at least {@value #DOMINANCE} times as many articles as any other it could be (and, for
 * one word alone, in as many as the short form); a name with a word of a role in front joins the name without it.
 * Each entity is shown by its most frequent spelling. Short forms are looked up by word, never compared with every
 * name.
 */
public final class Topics {
    static final int DOMINANCE = 3;

    private final Map<EntityKind, Map<String, String>> joins = new EnumMap<>(EntityKind.class);
    private final Map<EntityKind, Map<String, String>> names = new EnumMap<>(EntityKind.class);

    private Topics() {
    }

    /** The topics of a site from its articles' entities, in any order (the result does not depend on it). */
    public static Topics of(List<ArticleEntities> articles) {
        Topics topics = new Topics();
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Map<String, Integer>> spellings = new HashMap<>();
            for (ArticleEntities article : articles) {
                for (Entity e : article.of(kind)) {
                    counts.merge(e.key(), 1, Integer::sum);
                    spellings.computeIfAbsent(e.key(), k -> new TreeMap<>()).merge(e.name(), 1, Integer::sum);
                }
            }
            Map<String, String> joined = kind == EntityKind.PERSON ? shortForms(counts) : Map.of();
            Map<String, Map<String, Integer>> merged = new HashMap<>();
            spellings.forEach((key, byName) -> {
                Map<String, Integer> target = merged.computeIfAbsent(joined.getOrDefault(key, key),
                        k -> new TreeMap<>());
                if (!joined.containsKey(key)) {
                    byName.forEach((name, n) -> target.merge(name, n, Integer::sum));
                }
            });
            Map<String, String> shown = new HashMap<>();
            merged.forEach((key, byName) -> shown.put(key, mostFrequent(byName)));
            topics.joins.put(kind, joined);
            topics.names.put(kind, shown);
        }
        return topics;
    }

    /** The key an entity has on the site: its own, or the full name's its short form joins. */
    public String key(Entity entity) {
        return joins.get(entity.kind()).getOrDefault(entity.key(), entity.key());
    }

    /** How the site names an entity: the most frequent spelling of its key, ties to the first in order. */
    public String name(Entity entity) {
        String key = key(entity);
        return names.get(entity.kind()).getOrDefault(key, entity.name());
    }

    private static String mostFrequent(Map<String, Integer> byName) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : byName.entrySet()) { // sorted, so ties go to the first
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Short forms (one word, or the first words of a longer name) and the full name each joins. */
    private static Map<String, String> shortForms(Map<String, Integer> counts) {
        Map<String, List<String>> owners = new HashMap<>();
        for (String key : counts.keySet()) {
            String[] words = key.split(" ");
            if (words.length < 2) {
                continue;
            }
            owners.computeIfAbsent(words[0], k -> new ArrayList<>()).add(key);
            owners.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(key);
            StringBuilder prefix = new StringBuilder(words[0]);
            for (int n = 1; n + 1 < words.length; n++) {
                prefix.append(' ').append(words[n]);
                owners.computeIfAbsent(prefix.toString(), k -> new ArrayList<>()).add(key);
            }
        }
        Map<String, String> joins = new HashMap<>();
        for (String key : counts.keySet()) {
            List<String> candidates = owners.get(key);
            if (candidates == null) {
                continue;
            }
            String best = null;
            int first = 0;
            int second = 0;
            for (String owner : candidates.stream().distinct().sorted().toList()) {
                int n = counts.get(owner);
                if (n > first) {
                    second = first;
                    first = n;
                    best = owner;
                } else if (n > second) {
                    second = n;
                }
            }
            boolean oneWord = key.indexOf(' ') < 0; // one word alone may be anyone's: it needs the full name's weight
            if (best != null && first >= DOMINANCE * second && (!oneWord || first >= counts.get(key))
                    && owners.get(best) == null) {
                joins.put(key, best);
            }
        }
        // `Jateng Rohmat Marzuki` is `Rohmat Marzuki` with a word of the role left in front.
        for (String key : counts.keySet()) {
            String[] words = key.split(" ");
            if (words.length >= 3 && !joins.containsKey(key)) {
                String tail = key.substring(key.indexOf(' ') + 1);
                Integer n = counts.get(tail);
                if (n != null && n >= counts.get(key) && !joins.containsKey(tail)) {
                    joins.put(key, tail);
                }
            }
        }
        return joins;
    }
}
