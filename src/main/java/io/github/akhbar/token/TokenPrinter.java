package io.github.akhbar.token;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;

/**
 * Prints tokens one per line, for the CLI's {@code tokenize} subcommand.
 *
 * <ul>
 *   <li>Each line is {@code start TAB end TAB type TAB text}, offsets in UTF-16 units of the whole
 *       input, type as its lower-case label, {@code +marker} appended when the token follows
 *       {@code الـ}.</li>
 *   <li>Tabs, line breaks and backslashes inside the token text are written as {@code \t},
 *       {@code \n}, {@code \r}, {@code \\} (tokens never contain them; kept for safety).</li>
 *   <li>The input is streamed; memory does not grow with its size.</li>
 * </ul>
 *
 * <pre>
 * "الـ92"      0  3  arabic  الـ
 *              3  5  number+marker  92
 * ""           (nothing)
 * null reader  NullPointerException
 * </pre>
 *
 * <p>The class is stateless and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class TokenPrinter {

    private TokenPrinter() {
    }

    /**
     * Tokenizes {@code in} and writes one line per token to {@code out}; flushes at the end.
     *
     * @param in        the text
     * @param out       where the lines go
     * @param tokenizer the tokenizer
     * @return the number of tokens printed
     * @throws IOException if reading or writing fails
     */
    public static long print(Reader in, Writer out, ArabicTokenizer tokenizer) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(tokenizer, "tokenizer");
        TokenStream stream = tokenizer.stream(in);
        TextWindow window = new TextWindow();
        long count = 0;
        try {
            while (stream.hasNext()) {
                Token t = stream.next();
                out.write(Integer.toString(t.start()));
                out.write('\t');
                out.write(Integer.toString(t.end()));
                out.write('\t');
                out.write(t.kind().label());
                if (t.afterMarker()) {
                    out.write("+marker");
                }
                out.write('\t');
                window.write(stream, t, out);
                out.write('\n');
                count++;
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return count;
    }

    /** Gets the token text from the stream's current buffer. */
    private static final class TextWindow {
        void write(TokenStream stream, Token t, Writer out) throws IOException {
            CharSequence s = stream.text(t);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    case '\\' -> out.write("\\\\");
                    default -> out.write(c);
                }
            }
        }
    }
}
