package id.warta.bench;

import id.warta.content.ContentException;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parser throughput over generated articles, one article per operation. The {@code bytes} counter is reported by
 * JMH as a rate: bytes of UTF-8 article text per second (divide by 10^6 for MB/s). {@code frontMatterAndLines}
 * measures {@link SourceFiles#fromText} alone (line split plus YAML front matter), {@code parse} that plus the parser.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ParserBenchmark {

    @Param("500")
    public int articles;

    private String[] names;
    private String[] texts;
    private long[] sizes;
    private final ArticleParser parser = new ArticleParser();
    private int next;

    /** Bytes consumed, turned into bytes per second by JMH. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void generate() {
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, articles);
        names = new String[articles];
        texts = new String[articles];
        sizes = new long[articles];
        for (int i = 0; i < articles; i++) {
            names[i] = corpus.wartaFileName(i);
            texts[i] = corpus.warta(i);
            sizes[i] = texts[i].getBytes(StandardCharsets.UTF_8).length;
        }
    }

    @Benchmark
    public SourceFile frontMatterAndLines(Throughput throughput) throws ContentException {
        int i = advance();
        throughput.bytes += sizes[i];
        return SourceFiles.fromText(names[i], texts[i]);
    }

    @Benchmark
    public void parse(Throughput throughput, Blackhole blackhole) throws ContentException {
        int i = advance();
        throughput.bytes += sizes[i];
        Article article = parser.parse(SourceFiles.fromText(names[i], texts[i]));
        blackhole.consume(article);
    }

    private int advance() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return i;
    }
}
