package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's Indonesian analysis split in two, because the index needs both halves: the word forms as written (lower
 * case, stop words dropped) for the browser's form-to-stem map and prefix matching, and each form's stem. Together
 * they are {@link IndonesianAnalyzer}'s chain (standard tokeniser, lower case, its stop words, the derivational
 * stemmer); {@code IndonesianWordsTest} checks that they give its output.
 *
 * <p>Safe for many threads: Lucene's analyzers keep one token stream per thread.
 */
final class IndonesianWords {
    private final Analyzer forms = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new StopFilter(new LowerCaseFilter(source), IndonesianAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(source, words);
        }
    };
    private final Analyzer stems = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new IndonesianStemFilter(source));
        }
    };
    /** A form's stem depends on the form alone, and an archive repeats a few tens of thousands of forms. */
    private final Map<String, String> stemOf = new ConcurrentHashMap<>();

    /** Lucene's Indonesian stop words, sorted. */
    static List<String> stopWords() {
        List<String> words = new ArrayList<>();
        for (Object word : IndonesianAnalyzer.getDefaultStopSet()) {
            words.add(new String((char[]) word));
        }
        java.util.Collections.sort(words);
        return words;
    }

    /** The word forms of {@code text} in order, lower case, without stop words. */
    List<String> forms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream stream = forms.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a string", e);
        }
        return out;
    }

    /** The stem of one form as {@link #forms} gives it. */
    String stem(String form) {
        String known = stemOf.get(form);
        if (known != null) {
            return known;
        }
        String stem = form;
        try (TokenStream stream = stems.tokenStream("", form)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            if (stream.incrementToken()) {
                stem = term.toString();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a string", e);
        }
        stemOf.put(form, stem);
        return stem;
    }
}
