package io.github.akhbar.token;

import static io.github.akhbar.token.CharClass.ARABIC_LETTER;
import static io.github.akhbar.token.CharClass.CORE_FIRST;
import static io.github.akhbar.token.CharClass.CORE_SPAN;
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

import static io.github.akhbar.token.TokenRules.abbreviation;
import static io.github.akhbar.token.TokenRules.digits;
import static io.github.akhbar.token.TokenRules.isKeycap;
import static io.github.akhbar.token.TokenRules.latin;
import static io.github.akhbar.token.TokenRules.number;
import static io.github.akhbar.token.TokenRules.numberTail;
import static io.github.akhbar.token.TokenRules.other;
import static io.github.akhbar.token.TokenRules.singleLetter;
import static io.github.akhbar.token.TokenRules.supplementary;
import static io.github.akhbar.token.TokenRules.symbol;
import static io.github.akhbar.token.TokenRules.tagRun;
import static io.github.akhbar.token.TokenRules.wordRun;

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

    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
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
        // The text is read in blocks of up to 64 units from the first unit not yet tokenized. One
        // table load per unit classifies it as core Arabic (U+0621..U+0652: letters, tatweel,
        // harakat), a punctuation mark that is its own token, a gap (space, control, format char)
        // or anything else; eight units are combined with constant shifts before they join two
        // masks, so the loads do not wait on one chain of ORs. Up to the first unit of the last
        // class, the tokens are the runs of core Arabic and the punctuation marks: they are found
        // with trailing-zero counts, so the length of a word costs no mispredicted branch, and
        // emitted in order. A token touching an "anything else" unit, a single letter before a
        // dot (an abbreviation) and a punctuation mark before a haraka go through the full rules
        // (step) one token at a time, and the block goes on after them.
        final char[] cls = CharClass.SCAN;
        int i = off; // everything before i is tokenized
        while (i < end) {
            final int b = i;
            final int n = Math.min(64, end - b);
            final boolean last = b + n == end;
            long m1 = 0; // core or other
            long m2 = 0; // punctuation or other
            if (n == 64) {
                for (int j = 0; j < 64; j += 8) {
                    int p = b + j;
                    int g = cls[buf[p]] | cls[buf[p + 1]] << 1 | cls[buf[p + 2]] << 2 | cls[buf[p + 3]] << 3
                            | cls[buf[p + 4]] << 4 | cls[buf[p + 5]] << 5 | cls[buf[p + 6]] << 6 | cls[buf[p + 7]] << 7;
                    m1 |= (long) (g & 0xFF) << j;
                    m2 |= (long) (g >>> 8) << j;
                }
            } else {
                for (int k = 0; k < n; k++) {
                    int g = cls[buf[b + k]];
                    m1 |= (long) (g & 1) << k;
                    m2 |= (long) (g >>> 8) << k;
                }
                long beyond = -1L << n;
                m1 |= beyond;
                m2 |= beyond;
            }
            final long core = m1 & ~m2;
            final long other = m1 & m2;
            long starts = (core & ~(core << 1)) | (m2 & ~m1);
            while (true) {
                int lo = i - b;
                int fo = Long.numberOfTrailingZeros(other & (-1L << lo)); // 64 when there is none
                int lim = fo < n ? fo : last ? n + 1 : n; // a token must end before lim
                long t = starts & (-1L << lo);
                int k = 0;
                boolean special = false;
                while (t != 0) {
                    k = Long.numberOfTrailingZeros(t);
                    int e;
                    if ((core >>> k & 1) != 0) {
                        e = Long.numberOfTrailingZeros(~core & (-1L << k)); // 64 when the run fills the block
                        if (e >= lim) {
                            break;
                        }
                        if (e < n && buf[b + e] == '.' && singleLetter(buf, b + k, b + e)) {
                            special = true;
                            break;
                        }
                        sink.token(b + k, b + e, TokenType.ARABIC);
                    } else {
                        e = k + 1;
                        if (e >= lim) {
                            break;
                        }
                        if (e < n && (core >>> e & 1) != 0 && buf[b + e] >= FIRST_HARAKA) {
                            special = true;
                            break;
                        }
                        if (emitPunctuation) {
                            sink.token(b + k, b + e, TokenType.PUNCT);
                        }
                    }
                    t &= t - 1;
                    i = b + e;
                }
                int target; // the rules take over until they have passed this unit
                if (special) {
                    target = b + k;
                } else if (fo < n) {
                    target = b + fo;
                } else if (t == 0) {
                    i = b + n; // only gaps are left in the block
                    break;
                } else if (k > 0) {
                    i = b + k; // the token runs past the block: the next block starts at it
                    break;
                } else {
                    target = b; // a token longer than a block
                }
                while (i <= target) {
                    i = step(buf, i, end, sink);
                }
                if (i >= b + n) {
                    break;
                }
                starts |= core & (1L << (i - b)); // a token the rules ended inside a core run
            }
        }
    }

    /**
     * Tokenizes by the full rules alone, one token at a time, without the block scan: the
     * reference the block scan must agree with (tests compare the two). Same contract as
     * {@link #tokenize(char[], int, int, TokenSink)}.
     */
    void tokenizeByRules(char[] buf, int off, int len, TokenSink sink) {
        Objects.requireNonNull(buf, "buf");
        Objects.requireNonNull(sink, "sink");
        Objects.checkFromIndexSize(off, len, buf.length);
        int end = off + len;
        int i = off;
        while (i < end) {
            i = step(buf, i, end, sink);
        }
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
        c.tokens.ensureCapacity(buf.length >>> 3);
        c.mapTo(document);
        tokenize(buf, 0, buf.length, c);
        Document base = document.withoutAnnotations(Token.class);
        return c.tokens.isEmpty() ? base : base.withAnnotations(c.tokens);
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

    // ------------------------------------------------------------------ list building

    /** Builds {@link Token}s, shifting by {@code base} and linking a number to a preceding marker. */
    static final class Collector implements TokenSink {
        final ArrayList<Token> tokens = new ArrayList<>();
        private char[] buf;
        private int base;
        private int prevStart = -1;
        private int prevEnd = -1;
        private TokenType prevType;
        /** The document whose original the spans index, or null for spans in {@code buf}. */
        private Document document;

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

        /** Gives the tokens spans in the original text of {@code doc}, whose view was tokenized. */
        void mapTo(Document doc) {
            this.document = doc.offsets().isIdentity() ? null : doc;
        }

        @Override
        public void token(int start, int end, TokenType type) {
            boolean linked = type == TokenType.NUMBER && prevType == TokenType.ARABIC && prevEnd == start
                    && isMarker(buf, prevStart, start);
            if (document == null) {
                tokens.add(new Token(base + start, base + end, type, linked));
            } else {
                Span s = document.toOriginal(base + start, base + end);
                tokens.add(new Token(s.start(), s.end(), type, linked));
            }
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
