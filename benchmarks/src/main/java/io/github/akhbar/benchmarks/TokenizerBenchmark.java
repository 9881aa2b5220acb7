package io.github.akhbar.benchmarks;

import com.ibm.icu.text.BreakIterator;
import io.github.akhbar.token.ArabicTokenizer;
import io.github.akhbar.token.Token;
import io.github.akhbar.token.TokenSink;
import io.github.akhbar.token.TokenType;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenizer throughput against its peers, all in one run, over distinct corpus articles (never a
 * short text repeated). One invocation tokenizes every article once, as separate documents (the
 * sink and Lucene read {@code char[]} copies made at setup, the list API, ICU and the regex read
 * the {@code String}s), and returns the token count, so ops/s × {@code chars} gives chars/s and the ratios between {@code impl}
 * rows are the figures to quote. Token counts per implementation are printed at setup.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -jar benchmarks/target/benchmarks.jar TokenizerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class TokenizerBenchmark {

    private static final Pattern WORDS_OR_NUMBERS = Pattern.compile("\\p{L}+|\\p{N}+");

    /** The implementations compared. */
    public enum Impl {
        /** {@code ArabicTokenizer.tokenize(char[], int, int, TokenSink)}: no allocation per token. */
        AKHBAR_SINK {
            @Override
            long run(TokenizerBenchmark b) {
                Counter c = b.counter;
                c.count = 0;
                for (char[] a : b.arrays) {
                    b.akhbar.tokenize(a, 0, a.length, c);
                }
                b.checksum = c.checksum;
                return c.count;
            }
        },
        /** {@code ArabicTokenizer.tokenize(CharSequence)}: a {@code List<Token>}. */
        AKHBAR_LIST {
            @Override
            long run(TokenizerBenchmark b) {
                long n = 0;
                for (String t : b.texts) {
                    List<Token> tokens = b.akhbar.tokenize(t);
                    n += tokens.size();
                }
                return n;
            }
        },
        /** Lucene 9.12 {@code StandardTokenizer} (UAX#29 words), reused across invocations. */
        LUCENE_STANDARD {
            @Override
            long run(TokenizerBenchmark b) {
                try {
                    StandardTokenizer st = b.lucene;
                    long n = 0;
                    for (char[] a : b.arrays) {
                        st.setReader(new CharArrayReader(a));
                        st.reset();
                        while (st.incrementToken()) {
                            n++;
                        }
                        st.end();
                        st.close();
                    }
                    return n;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        },
        /** ICU4J {@code BreakIterator.getWordInstance()}, counting segments with a word status. */
        ICU_BREAK_ITERATOR {
            @Override
            long run(TokenizerBenchmark b) {
                BreakIterator it = b.icu;
                long n = 0;
                for (String t : b.texts) {
                    it.setText(t);
                    it.first();
                    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
                        if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                            n++;
                        }
                    }
                }
                return n;
            }
        },
        /** {@code java.util.regex} {@code \p{L}+|\p{N}+}. */
        REGEX {
            @Override
            long run(TokenizerBenchmark b) {
                long n = 0;
                for (String t : b.texts) {
                    Matcher m = WORDS_OR_NUMBERS.matcher(t);
                    while (m.find()) {
                        n++;
                    }
                }
                return n;
            }
        },
        /** Sum of every char: the memory-scan ceiling, not a tokenizer (returns the sum). */
        CHAR_SCAN {
            @Override
            long run(TokenizerBenchmark b) {
                long sum = 0;
                for (char[] a : b.arrays) {
                    for (char c : a) {
                        sum += c;
                    }
                }
                return sum;
            }
        };

        abstract long run(TokenizerBenchmark b);
    }

    /**
     * Counts sink calls and folds every token's range and type into a checksum, so the JIT cannot
     * skip computing them (Lucene fills its attributes for every token too).
     */
    static final class Counter implements TokenSink {
        long count;
        long checksum;

        @Override
        public void token(int start, int end, TokenType type) {
            count++;
            checksum += (end - start) * 31L + start + type.ordinal();
        }
    }

    @Param({"AKHBAR_SINK", "AKHBAR_LIST", "LUCENE_STANDARD", "ICU_BREAK_ITERATOR", "REGEX", "CHAR_SCAN"})
    public Impl impl;

    /** UTF-16 chars of input per invocation. */
    @Param({"4000000"})
    public long chars;

    private List<String> texts;
    private char[][] arrays;
    private final ArabicTokenizer akhbar = ArabicTokenizer.create();
    private final Counter counter = new Counter();
    /** The sink's checksum, kept in a field JMH can see. */
    public long checksum;
    private StandardTokenizer lucene;
    private BreakIterator icu;

    @Setup(Level.Trial)
    public void setup() {
        texts = CorpusText.articles(chars);
        arrays = new char[texts.size()][];
        for (int k = 0; k < arrays.length; k++) {
            arrays[k] = texts.get(k).toCharArray();
        }
        lucene = new StandardTokenizer();
        icu = BreakIterator.getWordInstance();
        long tokens = impl.run(this);
        System.err.printf("TokenizerBenchmark: %d articles, %d chars, impl=%s, %s=%d%n", texts.size(), CorpusText.chars(texts),
                impl, impl == Impl.CHAR_SCAN ? "sum" : "tokens", tokens);
    }

    @Benchmark
    public long tokenize() {
        return impl.run(this);
    }
}
