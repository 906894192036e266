package id.warta.bench.corpus;

import id.warta.model.Block;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Baca juga} mentions in the input against read-also items the parser made with that label. */
final class ReadAlsoFound implements Measure {

    private static final Pattern MENTION = Pattern.compile("(?i)\\bbaca\\s+juga\\b");
    private long mentions;
    private long found;

    @Override
    public void add(Sample sample) {
        Matcher m = MENTION.matcher(sample.text());
        while (m.find()) {
            mentions++;
        }
        if (sample.article() != null) {
            for (Block.ReadAlso r : sample.article().readAlso()) {
                if (r.label() != null && MENTION.matcher(r.label()).find()) {
                    found++;
                }
            }
        }
    }

    @Override
    public List<String> figures() {
        return List.of("`Baca juga` mentions: " + mentions + ", read-also items with that label: " + found + " ("
                + Measure.percent(found, mentions) + ")");
    }
}
