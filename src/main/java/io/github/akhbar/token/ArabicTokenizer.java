package io.github.akhbar.token;

import static io.github.akhbar.token.CharClass.ARABIC_LETTER;
import static io.github.akhbar.token.CharClass.DIGIT;
import static io.github.akhbar.token.CharClass.HIGH_SURROGATE;
import static io.github.akhbar.token.CharClass.INVISIBLE;
import static io.github.akhbar.token.CharClass.JOINER;
import static io.github.akhbar.token.CharClass.LATIN_LETTER;
import static io.github.akhbar.token.CharClass.LOW_SURROGATE;
import static io.github.akhbar.token.CharClass.MARK;
import static io.github.akhbar.token.CharClass.OTHER_LETTER;
import static io.github.akhbar.token.CharClass.PUNCT;
import static io.github.akhbar.token.CharClass.SPACE;
import static io.github.akhbar.token.CharClass.SYMBOL;
import static io.github.akhbar.token.CharClass.TATWEEL;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.TextProcessor;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits Arabic news text into words, numbers, dates and times, punctuation, symbols, URLs,
 * e-mail addresses, hashtags and mentions, in one table-driven pass with no allocation per token;
 * the CLI's {@code tokens} step.
 *
 * <ul>
 *   <li>Whitespace, controls and format chars (bidi marks, BOM, soft hyphen) separate tokens and are
 *       never part of one; ZWNJ/ZWJ between two letters of a word stay inside the word.</li>
 *   <li>An Arabic word is a run of Arabic letters, combining marks and tatweel; a Latin word is a
 *       Latin letter followed by Latin letters, marks or digits ({@code G20}); letters of other
 *       scripts make a {@code WORD}.</li>
 *   <li>A word ending in tatweel directly followed by digits ({@code الـ92}) is split into the
 *       marker and the number; the number token gets {@link Token#afterMarker()}. With
 *       {@code splitMarker(false)} the whole is one {@code ARABIC} token.</li>
 *   <li>A {@code NUMBER} is a digit run of any script with inner separators {@code . , ٫ ٬} each
 *       followed by a digit. {@code d:d[:d]} is a {@code DATE_TIME}, and so are
 *       {@code d/d/d} and {@code d-d-d}; {@code 2020-2024} stays {@code NUMBER PUNCT NUMBER}.</li>
 *   <li>Single letters joined by dots ({@code أ.ش.أ}, {@code م.}, {@code U.S.}) make one
 *       {@code ABBREVIATION}, the final dot included.</li>
 *   <li>Each punctuation mark is its own {@code PUNCT} token ({@code جنوب-جنوب} gives three tokens).
 *       {@code % ٪ ‰}, currency signs and other symbols are {@code SYMBOL}; an emoji with its
 *       modifiers, variation selectors and ZWJ sequence, or a flag pair, is one {@code SYMBOL}.</li>
 *   <li>{@code http://}, {@code https://} and {@code www.} start a {@code URL} that runs to the next
 *       space, quote or Arabic comma, trailing punctuation excluded; {@code local@domain.tld} is
 *       an {@code EMAIL}; {@code #} and {@code @} followed by word chars make a {@code HASHTAG}
 *       or {@code MENTION}.</li>
 *   <li>Combining marks with no base attach to the token before them, or start an Arabic word.</li>
 * </ul>
 *
 * <pre>
 * input                       tokens
 * "الدورة الـ92"               ARABIC الدورة, ARABIC الـ, NUMBER 92 (afterMarker)
 * "جنوب-جنوب"                  ARABIC, PUNCT -, ARABIC
 * "ارتفع 2,5٪"                 ARABIC, NUMBER 2,5, SYMBOL ٪
 * "على الساعة 16:45"           ARABIC, ARABIC, DATE_TIME 16:45
 * "(أ.ش.أ)"                    PUNCT, ABBREVIATION أ.ش.أ, PUNCT
 * "#مراكش @akhbar"             HASHTAG, MENTION
 * "" or only spaces            no tokens
 * tokenize((String) null)      NullPointerException
 * tokenize(buf, -1, 2, sink)   IndexOutOfBoundsException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class ArabicTokenizer implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private static final ArabicTokenizer DEFAULT = new ArabicTokenizer(true, true);

    /** U+0621..U+0652: hamza to sukun, all Arabic letters, tatweel or harakat (the fast path). */
    private static final char CORE_FIRST = '\u0621';
    private static final char CORE_SPAN = '\u0652' - '\u0621';

    private final boolean splitMarker;
    private final boolean emitPunctuation;

    private ArabicTokenizer(boolean splitMarker, boolean emitPunctuation) {
        this.splitMarker = splitMarker;
        this.emitPunctuation = emitPunctuation;
    }

    /**
     * The default tokenizer: splits {@code الـ} from a following number, emits punctuation.
     *
     * @return the tokenizer
     */
    public static ArabicTokenizer create() {
        return DEFAULT;
    }

    /**
     * A tokenizer for search indexing: like {@link #create()} but without {@code PUNCT} tokens.
     *
     * @return the tokenizer
     */
    public static ArabicTokenizer forSearch() {
        return builder().emitPunctuation(false).build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(true, true);
    }

    /**
     * A builder starting from this tokenizer's configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(splitMarker, emitPunctuation);
    }

    /** @return whether {@code الـ92} is split into marker and number */
    public boolean splitMarker() {
        return splitMarker;
    }

    /** @return whether {@code PUNCT} tokens are emitted */
    public boolean emitPunctuation() {
        return emitPunctuation;
    }

    /**
     * Tokenizes {@code text}.
     *
     * @param text the text
     * @return the tokens in text order, spans indexing {@code text}; immutable
     */
    public List<Token> tokenize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        char[] buf = text instanceof String s ? s.toCharArray() : text.toString().toCharArray();
        Collector c = new Collector(buf, 0);
        c.tokens.ensureCapacity(buf.length >>> 3);
        tokenize(buf, 0, buf.length, c);
        return c.tokens.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(c.tokens);
    }

    /**
     * Tokenizes a region of a char buffer, handing each token to {@code sink} with no allocation.
     * Indices given to the sink are indices into {@code buf}; the scan never reads outside
     * {@code [off, off + len)}.
     *
     * @param buf  the chars
     * @param off  start of the region
     * @param len  length of the region
     * @param sink receives {@code (start, end, type)} per token
     * @throws IndexOutOfBoundsException if the region does not fit {@code buf}
     */
    public void tokenize(char[] buf, int off, int len, TokenSink sink) {
        Objects.requireNonNull(buf, "buf");
        Objects.requireNonNull(sink, "sink");
        Objects.checkFromIndexSize(off, len, buf.length);
        final byte[] table = CharClass.TABLE;
        final int end = off + len;
        int i = off;
        while (i < end) {
            char c = buf[i];
            if (c == ' ') {
                i++;
                continue;
            }
            if ((char) (c - CORE_FIRST) <= CORE_SPAN) {
                // fast path: a plain Arabic word followed by a space or the end
                int s = i++;
                while (i < end && (char) ((c = buf[i]) - CORE_FIRST) <= CORE_SPAN) {
                    i++;
                }
                if (i == end || c == ' ') {
                    sink.token(s, i, TokenType.ARABIC);
                    i++; // the space, or past the end
                } else {
                    i = arabic(buf, s, end, sink);
                }
                continue;
            }
            switch (table[c]) {
                case SPACE:
                case INVISIBLE:
                case JOINER:
                    i++;
                    break;
                case ARABIC_LETTER:
                    i = arabic(buf, i, end, sink);
                    break;
                case LATIN_LETTER:
                    i = latin(buf, i, end, sink);
                    break;
                case DIGIT:
                    i = number(buf, i, end, sink);
                    break;
                case PUNCT:
                    i = punct(buf, i, end, sink);
                    break;
                case OTHER_LETTER:
                    i = other(buf, i, end, sink);
                    break;
                case MARK:
                    if (c >= '\u0600' && c <= '\u08FF') {
                        i = arabic(buf, i, end, sink);
                    } else {
                        i = symbol(buf, i, i + 1, end, 0, sink);
                    }
                    break;
                case HIGH_SURROGATE:
                    i = supplementary(buf, i, end, sink);
                    break;
                case LOW_SURROGATE:
                case SYMBOL:
                default:
                    i = symbol(buf, i, i + 1, end, c, sink);
                    break;
            }
        }
    }

    /**
     * Streams the tokens of an unbounded {@link Reader}; the tokens are exactly those of the whole
     * text, whatever the reader's chunk sizes. Memory is bounded by the longest run of chars
     * without whitespace. The stream does not close the reader.
     *
     * @param reader the text source
     * @return a single-use token stream; read errors surface as {@link java.io.UncheckedIOException}
     */
    public TokenStream stream(Reader reader) {
        return new TokenStream(this, Objects.requireNonNull(reader, "reader"));
    }

    /**
     * Adds a {@link Token} annotation for every token of the document's view, with spans in the
     * original text; tokens from an earlier run are replaced. Returns {@code document} itself when
     * the view has no token and the document has no token annotations.
     *
     * @param document the document
     * @return the annotated document
     */
    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        String view = document.text();
        char[] buf = view.toCharArray();
        Collector c = new Collector(buf, 0);
        tokenize(buf, 0, buf.length, c);
        Document base = document.withoutAnnotations(Token.class);
        if (c.tokens.isEmpty()) {
            return base;
        }
        List<Token> mapped = new ArrayList<>(c.tokens.size());
        for (Token t : c.tokens) {
            Span s = document.toOriginal(t.start(), t.end());
            mapped.add(new Token(s.start(), s.end(), t.kind(), t.afterMarker()));
        }
        return base.withAnnotations(mapped);
    }

    // ------------------------------------------------------------------ scanning rules

    private int arabic(char[] b, int s, int end, TokenSink sink) {
        final byte[] table = CharClass.TABLE;
        int i = wordRun(b, s + 1, end, ARABIC_LETTER);
        if (i < end) {
            char n = b[i];
            if (n == '.' && singleLetter(b, s, i)) {
                return abbreviation(b, s, i, end, ARABIC_LETTER, sink);
            }
            if (!splitMarker && b[i - 1] == TATWEEL && table[n] == DIGIT) {
                i = digits(b, i, end);
            }
        }
        sink.token(s, i, TokenType.ARABIC);
        return i;
    }

    /** Letters of {@code letter} class and marks, with ZWNJ/ZWJ kept when a letter or mark follows. */
    private static int wordRun(char[] b, int i, int end, byte letter) {
        final byte[] table = CharClass.TABLE;
        while (i < end) {
            char c = b[i];
            if ((char) (c - CORE_FIRST) <= CORE_SPAN) {
                i++;
                continue;
            }
            byte k = table[c];
            if (k == letter || k == MARK) {
                i++;
            } else if (k == JOINER && i + 1 < end && (table[b[i + 1]] == letter || table[b[i + 1]] == MARK)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean singleLetter(char[] b, int s, int e) {
        final byte[] table = CharClass.TABLE;
        if (table[b[s]] == MARK || b[s] == TATWEEL) {
            return false;
        }
        for (int i = s + 1; i < e; i++) {
            if (table[b[i]] != MARK) {
                return false;
            }
        }
        return true;
    }

    /** {@code b[dot] == '.'} and {@code [s, dot)} is a single letter. */
    private static int abbreviation(char[] b, int s, int dot, int end, byte letter, TokenSink sink) {
        final byte[] table = CharClass.TABLE;
        int j = dot + 1;
        while (j < end && table[b[j]] == letter && b[j] != TATWEEL) {
            int w = j + 1;
            while (w < end && table[b[w]] == MARK) {
                w++;
            }
            if (w < end && (table[b[w]] == letter || table[b[w]] == DIGIT || table[b[w]] == JOINER)) {
                break;
            }
            j = w;
            if (j < end && b[j] == '.') {
                j++;
            } else {
                break;
            }
        }
        sink.token(s, j, TokenType.ABBREVIATION);
        return j;
    }

    private static int latin(char[] b, int s, int end, TokenSink sink) {
        final byte[] table = CharClass.TABLE;
        char c = b[s];
        if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
            int u = url(b, s, end);
            if (u > 0) {
                sink.token(s, u, TokenType.URL);
                return u;
            }
        }
        int i = s + 1;
        while (i < end) {
            byte k = table[b[i]];
            if (k == LATIN_LETTER || k == MARK || k == DIGIT) {
                i++;
            } else {
                break;
            }
        }
        if (i < end) {
            char n = b[i];
            if (n == '@' || n == '.' || n == '_' || n == '-' || n == '+') {
                int e = email(b, s, end);
                if (e > 0) {
                    sink.token(s, e, TokenType.EMAIL);
                    return e;
                }
                if (n == '.' && singleLetter(b, s, i)) {
                    return abbreviation(b, s, i, end, LATIN_LETTER, sink);
                }
            }
        }
        sink.token(s, i, TokenType.LATIN);
        return i;
    }

    private static int digits(char[] b, int i, int end) {
        final byte[] table = CharClass.TABLE;
        while (i < end && table[b[i]] == DIGIT) {
            i++;
        }
        return i;
    }

    private static int number(char[] b, int s, int end, TokenSink sink) {
        final byte[] table = CharClass.TABLE;
        int i = digits(b, s + 1, end);
        if (i + 1 < end && table[b[i + 1]] == DIGIT) {
            char sep = b[i];
            if (sep == ':') {
                i = digits(b, i + 1, end);
                while (i + 1 < end && b[i] == ':' && table[b[i + 1]] == DIGIT) {
                    i = digits(b, i + 1, end);
                }
                sink.token(s, i, TokenType.DATE_TIME);
                return i;
            }
            if (sep == '/' || sep == '-') {
                int j = digits(b, i + 1, end);
                if (j + 1 < end && b[j] == sep && table[b[j + 1]] == DIGIT) {
                    j = digits(b, j + 1, end);
                    sink.token(s, j, TokenType.DATE_TIME);
                    return j;
                }
            }
        }
        while (i + 1 < end && isNumberSeparator(b[i]) && table[b[i + 1]] == DIGIT) {
            i = digits(b, i + 1, end);
        }
        while (i < end && table[b[i]] == MARK) {
            i++;
        }
        sink.token(s, i, TokenType.NUMBER);
        return i;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == CharClass.ARABIC_DECIMAL_SEPARATOR
                || c == CharClass.ARABIC_THOUSANDS_SEPARATOR;
    }

    private int punct(char[] b, int s, int end, TokenSink sink) {
        final byte[] table = CharClass.TABLE;
        char c = b[s];
        if ((c == '#' || c == '@') && s + 1 < end) {
            int j = tagRun(b, s + 1, end);
            if (j > s + 1) {
                sink.token(s, j, c == '#' ? TokenType.HASHTAG : TokenType.MENTION);
                return j;
            }
        }
        int i = s + 1;
        while (i < end && table[b[i]] == MARK) {
            i++;
        }
        if (emitPunctuation) {
            sink.token(s, i, TokenType.PUNCT);
        }
        return i;
    }

    private static int tagRun(char[] b, int i, int end) {
        final byte[] table = CharClass.TABLE;
        int start = i;
        while (i < end) {
            byte k = table[b[i]];
            if (k == ARABIC_LETTER || k == LATIN_LETTER || k == OTHER_LETTER || k == DIGIT || b[i] == '_'
                    || (k == MARK && i > start)) {
                i++;
            } else if (k == JOINER && i > start && i + 1 < end && isTagChar(table[b[i + 1]])) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isTagChar(byte k) {
        return k == ARABIC_LETTER || k == LATIN_LETTER || k == OTHER_LETTER || k == DIGIT || k == MARK;
    }

    private static int other(char[] b, int s, int end, TokenSink sink) {
        int i = otherRun(b, s + 1, end);
        sink.token(s, i, TokenType.WORD);
        return i;
    }

    /** Letters of other scripts (BMP or supplementary) and marks. */
    private static int otherRun(char[] b, int i, int end) {
        final byte[] table = CharClass.TABLE;
        while (i < end) {
            byte k = table[b[i]];
            if (k == OTHER_LETTER || k == MARK) {
                i++;
            } else if (k == HIGH_SURROGATE && i + 1 < end && Character.isLowSurrogate(b[i + 1])) {
                byte s = CharClass.ofSupplementary(Character.toCodePoint(b[i], b[i + 1]));
                if (s == OTHER_LETTER || s == MARK) {
                    i += 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static int supplementary(char[] b, int s, int end, TokenSink sink) {
        if (s + 1 >= end || !Character.isLowSurrogate(b[s + 1])) {
            return symbol(b, s, s + 1, end, 0, sink);
        }
        int cp = Character.toCodePoint(b[s], b[s + 1]);
        byte k = CharClass.ofSupplementary(cp);
        if (k == INVISIBLE) {
            return s + 2;
        }
        if (k == OTHER_LETTER) {
            int i = otherRun(b, s + 2, end);
            sink.token(s, i, TokenType.WORD);
            return i;
        }
        return symbol(b, s, s + 2, end, cp, sink);
    }

    /**
     * A symbol from {@code s} to {@code i}, extended over marks (variation selectors, keycap),
     * skin-tone modifiers, ZWJ + symbol, and the second half of a flag pair.
     */
    private static int symbol(char[] b, int s, int i, int end, int first, TokenSink sink) {
        final byte[] table = CharClass.TABLE;
        boolean flag = isRegionalIndicator(first);
        while (i < end) {
            char c = b[i];
            byte k = table[c];
            if (k == MARK) {
                i++;
            } else if (k == HIGH_SURROGATE && i + 1 < end && Character.isLowSurrogate(b[i + 1])) {
                int cp = Character.toCodePoint(c, b[i + 1]);
                if ((cp >= 0x1F3FB && cp <= 0x1F3FF) || CharClass.ofSupplementary(cp) == MARK) {
                    i += 2;
                } else if (flag && isRegionalIndicator(cp)) {
                    flag = false;
                    i += 2;
                } else {
                    break;
                }
            } else if (c == CharClass.ZWJ && i + 1 < end && isSymbolStart(b, i + 1, end)) {
                int j = i + 1;
                i = table[b[j]] == HIGH_SURROGATE ? j + 2 : j + 1;
                flag = false;
            } else {
                break;
            }
        }
        sink.token(s, i, TokenType.SYMBOL);
        return i;
    }

    private static boolean isSymbolStart(char[] b, int i, int end) {
        char c = b[i];
        byte k = CharClass.TABLE[c];
        if (k == SYMBOL) {
            return true;
        }
        return k == HIGH_SURROGATE && i + 1 < end && Character.isLowSurrogate(b[i + 1])
                && CharClass.ofSupplementary(Character.toCodePoint(c, b[i + 1])) == SYMBOL;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static int url(char[] b, int s, int end) {
        int p;
        if (startsWith(b, s, end, "https://")) {
            p = s + 8;
        } else if (startsWith(b, s, end, "http://")) {
            p = s + 7;
        } else if (startsWith(b, s, end, "www.")) {
            p = s + 4;
        } else {
            return -1;
        }
        final byte[] table = CharClass.TABLE;
        int i = p;
        while (i < end) {
            char c = b[i];
            byte k = table[c];
            if (k == SPACE || k == INVISIBLE || k == JOINER || c == '"' || c == '<' || c == '>' || c == '\u00AB'
                    || c == '\u00BB' || c == '\u060C' || c == '\u061B' || c == '\u061F') {
                break;
            }
            i++;
        }
        while (i > p && isUrlTrailer(b[i - 1])) {
            i--;
        }
        if (i > p && Character.isHighSurrogate(b[i - 1])) {
            i--;
        }
        return i > p ? i : -1;
    }

    private static boolean isUrlTrailer(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '\'' || c == '\u2026';
    }

    private static boolean startsWith(char[] b, int s, int end, String prefix) {
        int n = prefix.length();
        if (end - s < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = b[s + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int email(char[] b, int s, int end) {
        int i = s;
        while (i < end && isLocalChar(b[i])) {
            i++;
        }
        if (i == s || i >= end || b[i] != '@' || b[i - 1] == '.') {
            return -1;
        }
        int d = ++i;
        int lastDot = -1;
        while (i < end) {
            char c = b[i];
            if (isAsciiAlnum(c) || c == '-') {
                i++;
            } else if (c == '.' && i > d && b[i - 1] != '.' && i + 1 < end && isAsciiAlnum(b[i + 1])) {
                lastDot = i;
                i++;
            } else {
                break;
            }
        }
        return lastDot < 0 ? -1 : i;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    // ------------------------------------------------------------------ list building

    /** Builds {@link Token}s, shifting by {@code base} and linking a number to a preceding marker. */
    static final class Collector implements TokenSink {
        final ArrayList<Token> tokens = new ArrayList<>();
        private char[] buf;
        private int base;
        private int prevEnd = -1;
        private TokenType prevType;

        Collector(char[] buf, int base) {
            this.buf = buf;
            this.base = base;
        }

        void reset(char[] newBuf, int newBase) {
            this.buf = newBuf;
            this.base = newBase;
            this.prevEnd = -1;
            this.prevType = null;
        }

        @Override
        public void token(int start, int end, TokenType type) {
            boolean linked = type == TokenType.NUMBER && prevType == TokenType.ARABIC && prevEnd == start
                    && buf[start - 1] == TATWEEL;
            tokens.add(new Token(base + start, base + end, type, linked));
            prevEnd = end;
            prevType = type;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArabicTokenizer t && t.splitMarker == splitMarker && t.emitPunctuation == emitPunctuation;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(splitMarker) * 31 + Boolean.hashCode(emitPunctuation);
    }

    @Override
    public String toString() {
        return "ArabicTokenizer[splitMarker=" + splitMarker + ", emitPunctuation=" + emitPunctuation + "]";
    }

    /**
     * Configures an {@link ArabicTokenizer}.
     *
     * <p>Builders are mutable and not safe for concurrent use.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private boolean splitMarker;
        private boolean emitPunctuation;

        private Builder(boolean splitMarker, boolean emitPunctuation) {
            this.splitMarker = splitMarker;
            this.emitPunctuation = emitPunctuation;
        }

        /**
         * Whether {@code الـ92} becomes the marker {@code الـ} and the number {@code 92} (default
         * {@code true}) or one {@code ARABIC} token.
         *
         * @param split true to split
         * @return this builder
         */
        public Builder splitMarker(boolean split) {
            this.splitMarker = split;
            return this;
        }

        /**
         * Whether {@code PUNCT} tokens are emitted (default {@code true}).
         *
         * @param emit true to emit
         * @return this builder
         */
        public Builder emitPunctuation(boolean emit) {
            this.emitPunctuation = emit;
            return this;
        }

        /** @return the tokenizer */
        public ArabicTokenizer build() {
            if (splitMarker && emitPunctuation) {
                return DEFAULT;
            }
            return new ArabicTokenizer(splitMarker, emitPunctuation);
        }
    }
}
