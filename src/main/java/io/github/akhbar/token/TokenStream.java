package io.github.akhbar.token;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The tokens of a {@link Reader}, read lazily in chunks; obtained from
 * {@link ArabicTokenizer#stream(Reader)}.
 *
 * <ul>
 *   <li>Yields exactly the tokens {@link ArabicTokenizer#tokenize(CharSequence)} gives for the whole
 *       text, with spans indexing the whole text, whatever sizes the reader returns: no token
 *       crosses whitespace and no rule looks past it, so the stream cuts only after whitespace.</li>
 *   <li>Memory is bounded by the chunk size plus the longest run of chars without whitespace.</li>
 *   <li>Offsets are {@code int}: input beyond {@code Integer.MAX_VALUE} chars is not supported.</li>
 * </ul>
 *
 * <pre>
 * reader "أ ب"        ARABIC [0,1), ARABIC [2,3)
 * empty reader        hasNext() false
 * read error          UncheckedIOException
 * </pre>
 *
 * <p>A stream is single-use and not safe for concurrent use; it does not close the reader.
 *
 * @since 0.1.0
 */
public final class TokenStream implements Iterator<Token> {

    private static final int CHUNK = 8192;

    private final ArabicTokenizer tokenizer;
    private final Reader reader;
    private final ArabicTokenizer.Collector collector;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private char[] buf = new char[CHUNK];
    private int len;
    private int base;
    private boolean eof;
    private String segment = "";
    private int segmentBase;

    TokenStream(ArabicTokenizer tokenizer, Reader reader) {
        this.tokenizer = tokenizer;
        this.reader = reader;
        this.collector = new ArabicTokenizer.Collector(buf, 0);
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !(eof && len == 0)) {
            fill();
        }
        return !pending.isEmpty();
    }

    @Override
    public Token next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.removeFirst();
    }

    /**
     * The text of a token just returned by {@link #next()}.
     *
     * @param t a token of the current chunk
     * @return its text
     */
    String text(Token t) {
        return segment.substring(t.start() - segmentBase, t.end() - segmentBase);
    }

    private void fill() {
        if (!eof) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            int n;
            try {
                n = reader.read(buf, len, buf.length - len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (n < 0) {
                eof = true;
            } else {
                len += n;
            }
        }
        int cut;
        if (eof) {
            cut = len;
        } else {
            cut = len;
            while (cut > 0 && CharClass.TABLE[buf[cut - 1]] != CharClass.SPACE) {
                cut--;
            }
            if (cut == 0) {
                return;
            }
        }
        collector.reset(buf, base);
        tokenizer.tokenize(buf, 0, cut, collector);
        pending.addAll(collector.tokens);
        if (!collector.tokens.isEmpty()) {
            segment = new String(buf, 0, cut);
            segmentBase = base;
        }
        collector.tokens.clear();
        System.arraycopy(buf, cut, buf, 0, len - cut);
        base += cut;
        len -= cut;
    }
}
