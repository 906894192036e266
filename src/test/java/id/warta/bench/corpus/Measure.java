package id.warta.bench.corpus;

import java.util.List;

/** One family of figures; a new figure is a new small class added to {@link CorpusFigures#measures()}. */
interface Measure {

    /** Takes one article into account. */
    void add(Sample sample);

    /** The figures so far, one line each, in print order. */
    List<String> figures();

    static String percent(long part, long whole) {
        return whole == 0 ? "0.00%" : String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }
}
