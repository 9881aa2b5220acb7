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
    private static final ArabicTokenizer SEARCH = new ArabicTokenizer(true, false);

    /** U+0621..U+0652: hamza to sukun, all Arabic letters, tatweel or harakat (the fast path). */
    private static final char CORE_FIRST = '\u0621';
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final char CORE_SPAN = '\u0652' - '\u0621';
    /** U+064B, the first haraka: core units from here on are marks, which a punctuation token takes in. */
    private static final char FIRST_HARAKA = '\u064B';

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
        return SEARCH;
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
        final int end = off + len;
        // The text is read in blocks of 64 units. A branch-free pass sets one bit per unit of
        // core Arabic (U+0621..U+0652: letters, tatweel, harakat); the runs of set bits are
        // found with trailing-zero counts, so a word's length costs no mispredicted branch. A
        // run between two single spaces is a plain Arabic word and is emitted at once; every
        // other unit, and a run that touches one, goes through the rules (step, arabic).
        int i = off; // everything before i is tokenized
        int b = off; // start of the current block
        while (b < end) {
            int n = Math.min(64, end - b);
            long core = 0;
            for (int k = 0; k < n; k++) {
                core |= (long) ((((buf[b + k] - CORE_FIRST) & 0xFFFF) - (CORE_SPAN + 1)) >>> 31) << k;
            }
            long starts = core & ~(core << 1);
            int next = b + n;
            while (starts != 0) {
                int s = b + Long.numberOfTrailingZeros(starts);
                starts &= starts - 1;
                long after = ~core & (-1L << (s - b));
                int e;
                if (after != 0) {
                    e = b + Long.numberOfTrailingZeros(after);
                } else if (b + 64 == end) {
                    e = end;
                } else if (s > b) { // the run goes on past the block: the next block starts at it
                    next = s;
                    break;
                } else { // a run longer than a block
                    i = arabic(buf, rules(buf, i, s, end, sink), end, sink);
                    next = i;
                    break;
                }
                if (e <= i) {
                    continue; // already inside a token the rules made
                }
                if (s < i) {
                    s = i;
                } else if (s != i && !(s == i + 1 && buf[i] == ' ')) {
                    char p = buf[i];
                    if ((s == i + 2 ? buf[i + 1] == ' ' : s == i + 1 && buf[s] < FIRST_HARAKA) && simplePunct(p)) {
                        // a lone mark between the words ("، " or the quote of «كلمة)
                        if (emitPunctuation) {
                            sink.token(i, i + 1, TokenType.PUNCT);
                        }
                    } else {
                        i = rules(buf, i, s, end, sink);
                        if (i >= e) {
                            continue;
                        }
                        s = Math.max(s, i);
                    }
                }
                if (e == end || buf[e] == ' ' || ends(buf, s, e)) {
                    sink.token(s, e, TokenType.ARABIC);
                    i = e;
                } else {
                    i = arabic(buf, s, end, sink); // what follows may extend the word: the rules decide
                }
            }
            b = Math.max(next, i);
        }
        rules(buf, i, end, end, sink);
    }

    /**
     * Whether {@code c} right after a run of core Arabic certainly ends the word there, as
     * {@link #arabic} would decide: anything but more letters or marks, a joiner, the dot after a
     * single letter (an abbreviation), or (when the marker is not split) the digits of {@code الـ92}.
     */
    private boolean ends(char[] buf, int s, int e) {
        char c = buf[e];
        byte k = CharClass.TABLE[c];
        return k != ARABIC_LETTER && k != MARK && k != JOINER && (c != '.' || !singleLetter(buf, s, e))
                && (splitMarker || k != DIGIT);
    }

    /** A punctuation mark that is its own token whatever follows ({@code #} and {@code @} may start a tag). */
    private static boolean simplePunct(char c) {
        return CharClass.TABLE[c] == PUNCT && c != '#' && c != '@';
    }

    /** Tokenizes by the full rules from {@code i} until a token ends at or after {@code limit}. */
    private int rules(char[] buf, int i, int limit, int end, TokenSink sink) {
        while (i < limit) {
            i = step(buf, i, end, sink);
        }
        return i;
    }

    /** One token (or one gap unit) from {@code i} by the full rules; returns where the next begins. */
    private int step(char[] buf, int i, int end, TokenSink sink) {
        char c = buf[i];
        if ((char) (c - CORE_FIRST) <= CORE_SPAN) {
            return arabic(buf, i, end, sink);
        }
        switch (CharClass.TABLE[c]) {
            case SPACE:
            case INVISIBLE:
            case JOINER:
                return i + 1;
            case ARABIC_LETTER:
                return arabic(buf, i, end, sink);
            case LATIN_LETTER:
                return latin(buf, i, end, sink);
            case DIGIT:
                return number(buf, i, end, sink);
            case PUNCT:
                return punct(buf, i, end, sink);
            case OTHER_LETTER:
                return other(buf, i, end, sink);
            case MARK:
                return c >= '\u0600' && c <= '\u08FF' ? arabic(buf, i, end, sink) : symbol(buf, i, i + 1, end, 0, sink);
            case HIGH_SURROGATE:
                return supplementary(buf, i, end, sink);
            case LOW_SURROGATE:
            case SYMBOL:
            default:
                return symbol(buf, i, i + 1, end, c, sink);
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
            if (!splitMarker && table[n] == DIGIT && isMarker(b, s, i)) {
                i = numberTail(b, digits(b, i, end), end);
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
        i = numberTail(b, i, end);
        sink.token(s, i, isKeycap(b, s, i) ? TokenType.SYMBOL : TokenType.NUMBER);
        return i;
    }

    /** From the end of a digit run: more runs joined by single separators, then trailing marks. */
    private static int numberTail(char[] b, int i, int end) {
        final byte[] table = CharClass.TABLE;
        while (i + 1 < end && isNumberSeparator(b[i]) && table[b[i + 1]] == DIGIT) {
            i = digits(b, i + 1, end);
        }
        while (i < end && table[b[i]] == MARK) {
            i++;
        }
        return i;
    }

    /** {@code b[s, e)} is a keycap emoji: one of {@code 0-9 # *}, an optional U+FE0F, then U+20E3. */
    private static boolean isKeycap(char[] b, int s, int e) {
        int n = e - s;
        char c = b[s];
        return (n == 2 || (n == 3 && b[s + 1] == CharClass.VS16)) && b[e - 1] == CharClass.KEYCAP
                && ((c >= '0' && c <= '9') || c == '#' || c == '*');
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
        if (isKeycap(b, s, i)) {
            sink.token(s, i, TokenType.SYMBOL);
        } else if (emitPunctuation) {
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
        private int prevStart = -1;
        private int prevEnd = -1;
        private TokenType prevType;

        Collector(char[] buf, int base) {
            this.buf = buf;
            this.base = base;
        }

        void reset(char[] newBuf, int newBase) {
            this.buf = newBuf;
            this.base = newBase;
            this.prevStart = -1;
            this.prevEnd = -1;
            this.prevType = null;
        }

        @Override
        public void token(int start, int end, TokenType type) {
            boolean linked = type == TokenType.NUMBER && prevType == TokenType.ARABIC && prevEnd == start
                    && isMarker(buf, prevStart, start);
            tokens.add(new Token(base + start, base + end, type, linked));
            prevStart = start;
            prevEnd = end;
            prevType = type;
        }
    }

    /**
     * Whether the Arabic word {@code b[s, e)} is an article marker before a number: it ends in
     * tatweel ({@code الـ}, {@code بالـ}), or it is the bare article {@code ال} (marks aside), which
     * is what {@code الـ} becomes once a normalizer has removed the tatweel.
     */
    static boolean isMarker(char[] b, int s, int e) {
        if (b[e - 1] == TATWEEL) {
            return true;
        }
        int letters = 0;
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (CharClass.TABLE[c] == MARK) {
                continue;
            }
            if (letters == 0 ? c != ALEF : letters > 1 || c != LAM) {
                return false;
            }
            letters++;
        }
        return letters == 2;
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
            if (splitMarker) {
                return emitPunctuation ? DEFAULT : SEARCH;
            }
            return new ArabicTokenizer(splitMarker, emitPunctuation);
        }
    }
}
