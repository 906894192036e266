package id.warta.bench.corpus;

import java.util.List;

/** Crashes and input lines the parser did not account for. */
final class Ledger implements Measure {

    private long articles;
    private long crashes;
    private long unaccounted;
    private long reparagraphed;

    @Override
    public void add(Sample sample) {
        articles++;
        crashes += sample.crash() != null ? 1 : 0;
        unaccounted += sample.unaccounted();
        if (sample.article() != null && sample.article().problems().stream()
                .anyMatch(p -> p.message().startsWith("re-paragraphed joined text"))) {
            reparagraphed++;
        }
    }

    @Override
    public List<String> figures() {
        return List.of("articles: " + articles, "crashes: " + crashes, "lines unaccounted: " + unaccounted,
                "articles re-paragraphed as joined text: " + reparagraphed);
    }
}
