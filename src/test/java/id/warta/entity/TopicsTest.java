package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private static ArticleEntities people(String... names) {
        List<Entity> people = new ArrayList<>();
        for (String name : names) {
            people.add(Entity.of(EntityKind.PERSON, name));
        }
        return new ArticleEntities(people, List.of(), List.of());
    }

    @Test
    void aFullNameWrittenInAnyCaseOrSpacingIsOneTopic() {
        Topics topics = Topics.of(List.of(people("Mark Milley"), people("MARK  MILLEY"), people("Mark Milley")));
        assertEquals("mark milley", topics.key(Entity.of(EntityKind.PERSON, "MARK  MILLEY")));
        assertEquals("Mark Milley", topics.name(Entity.of(EntityKind.PERSON, "MARK  MILLEY")));
    }

    @Test
    void aShortFormJoinsTheFullNameThatDominatesIt() {
        List<ArticleEntities> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(people("Prabowo Subianto"));
        }
        articles.add(people("Listyo Sigit Prabowo"));
        articles.add(people("Prabowo"));
        articles.add(people("Bhakti Eri"));
        articles.add(people("Bhakti Eri Nurmansyah"));
        Topics topics = Topics.of(articles);
        assertEquals("prabowo subianto", topics.key(Entity.of(EntityKind.PERSON, "Prabowo")));
        assertEquals("bhakti eri nurmansyah", topics.key(Entity.of(EntityKind.PERSON, "Bhakti Eri")));
        assertEquals("listyo sigit prabowo", topics.key(Entity.of(EntityKind.PERSON, "Listyo Sigit Prabowo")));
    }

    @Test
    void aShortFormTwoPeopleShareStaysApart() {
        Topics topics = Topics.of(List.of(people("Budi Santoso"), people("Budi Gunadi Sadikin"), people("Budi")));
        assertEquals("budi", topics.key(Entity.of(EntityKind.PERSON, "Budi")));
    }
}
