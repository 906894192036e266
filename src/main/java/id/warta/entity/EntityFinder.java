package id.warta.entity;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Quote;
import java.util.List;

/**
 * The people, institutions and places an article names, found in its paragraphs, its quotes' speakers and its
 * dateline; the front matter's {@code tokoh:} adds people and corrects the names found. A pure function of the
 * article: the same article always gives the same entities, in the same order.
 */
public final class EntityFinder {
    /** Positions of quotes' speakers come after every word of their paragraph. */
    private static final int PARAGRAPH_SPAN = 1_000_000;

    private EntityFinder() {
    }

    public static ArticleEntities of(Article article) {
        Mentions mentions = new Mentions();
        List<String> editors = article.editorial().people();
        for (int i = 0; i < editors.size(); i++) {
            mentions.person(editors.get(i), true, i - editors.size() - 1L, true);
        }
        String dateline = Places.ofDateline(article.dateline().place());
        if (dateline != null) {
            mentions.place(dateline, -1);
        }
        for (Block.Paragraph paragraph : article.paragraphs()) {
            paragraph(mentions, Word.split(paragraph.text()), (long) paragraph.index() * PARAGRAPH_SPAN);
        }
        for (Quote quote : article.quotes()) {
            speaker(mentions, quote.speaker(), (long) quote.paragraph() * PARAGRAPH_SPAN + PARAGRAPH_SPAN - 1);
        }
        return mentions.entities();
    }

    private static void paragraph(Mentions mentions, List<Word> words, long base) {
        for (Expansions.Found expansion : Expansions.find(words)) {
            String place = Gazetteer.canonical(expansion.name());
            if (place != null) {
                mentions.place(place, base + expansion.start());
            } else if (Expansions.isInstitution(expansion.name()) && !Institutions.isGeneric(expansion.name())) {
                mentions.institution(expansion.name(), base + expansion.start());
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int n = Institutions.at(words, i);
            if (n > 0) {
                mentions.institution(Word.phrase(words, i, i + n), base + i);
                i += n - 1;
            }
        }
        for (People.Found person : People.find(words)) {
            mentions.person(person.name(), person.titled(), base + person.at(), false);
        }
        for (Places.Found place : Places.find(words)) {
            mentions.place(place.name(), base + place.at());
        }
    }

    /**
     * A quote's speaker as the parser wrote it ({@code juru bicara Mark Milley}, {@code Budi}): a titled name in
     * it, else the whole when it is a name; a speaker resolved from an earlier mention is the same person.
     */
    private static void speaker(Mentions mentions, String speaker, long at) {
        if (speaker == null) {
            return;
        }
        List<Word> words = Word.split(speaker);
        List<People.Found> titled = People.find(words);
        if (!titled.isEmpty()) {
            titled.forEach(p -> mentions.person(p.name(), p.titled(), at, false));
            return;
        }
        if (!words.isEmpty() && People.nameLength(words, 0) == words.size()) {
            mentions.person(People.join(words, 0, words.size()), false, at, false);
        }
    }
}
