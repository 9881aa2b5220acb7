package io.github.akhbar.token;

/**
 * The tokenizer's character classes: one byte per BMP char, built once from the JDK's Unicode
 * data when the class is first used. Not API.
 */
final class CharClass {

    /** Whitespace and line/paragraph separators: a hard boundary no token crosses. */
    static final byte SPACE = 0;
    /** Controls and format chars other than ZWNJ/ZWJ: separate tokens, are not tokens. */
    static final byte INVISIBLE = 1;
    /** ZWNJ and ZWJ: inside a word they stay in it, elsewhere they separate. */
    static final byte JOINER = 2;
    static final byte ARABIC_LETTER = 3;
    static final byte LATIN_LETTER = 4;
    static final byte OTHER_LETTER = 5;
    /** Combining marks of any script. */
    static final byte MARK = 6;
    /** Decimal digits of any script. */
    static final byte DIGIT = 7;
    static final byte PUNCT = 8;
    static final byte SYMBOL = 9;
    static final byte HIGH_SURROGATE = 10;
    static final byte LOW_SURROGATE = 11;

    static final char TATWEEL = '\u0640';
    /** U+0621..U+0652, hamza to sukun: every Arabic letter, tatweel or haraka of the core block. */
    static final char CORE_FIRST = '\u0621';
    static final char CORE_SPAN = '\u0652' - '\u0621';
    static final char ZWNJ = '\u200C';
    static final char ZWJ = '\u200D';
    /** VARIATION SELECTOR-16, emoji presentation. */
    static final char VS16 = '\uFE0F';
    /** COMBINING ENCLOSING KEYCAP. */
    static final char KEYCAP = '\u20E3';
    static final char ARABIC_PERCENT = '\u066A';
    static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    static final char PER_MILLE = '\u2030';
    static final char ARABIC_PER_MILLE = '\u0609';
    static final char ARABIC_PER_TEN_THOUSAND = '\u060A';

    /** Class of every BMP char. */
    static final byte[] TABLE = build();

    /**
     * The block scan's view of every BMP unit, two one-bit fields a byte apart: {@code 0x0001}
     * core Arabic (U+0621..U+0652), {@code 0x0100} a punctuation mark that is its own token
     * whatever follows ({@code #} and {@code @} may start a tag, so they are not), {@code 0x0101}
     * anything the full rules must see, {@code 0} a gap unit (space, control, format char).
     */
    static final char[] SCAN = buildScan();

    private CharClass() {
    }

    private static byte[] build() {
        byte[] t = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            t[c] = classify(c);
        }
        return t;
    }

    private static char[] buildScan() {
        char[] t = new char[65536];
        for (int c = 0; c < 65536; c++) {
            byte k = TABLE[c];
            if ((char) (c - CORE_FIRST) <= CORE_SPAN) {
                t[c] = 0x0001;
            } else if (k == SPACE || k == INVISIBLE) {
                t[c] = 0;
            } else if (k == PUNCT && c != '#' && c != '@') {
                t[c] = 0x0100;
            } else {
                t[c] = 0x0101;
            }
        }
        return t;
    }

    private static byte classify(int c) {
        if (c == TATWEEL) {
            return ARABIC_LETTER;
        }
        if (c == ZWNJ || c == ZWJ) {
            return JOINER;
        }
        if (c == '%' || c == ARABIC_PERCENT || c == PER_MILLE || c == ARABIC_PER_MILLE
                || c == ARABIC_PER_TEN_THOUSAND) {
            return SYMBOL;
        }
        if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c >= 0x1C && c <= 0x1F)
                || c == 0x85) {
            return SPACE;
        }
        if (isPrependedConcatenationMark(c)) {
            return SYMBOL;
        }
        switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return SPACE;
            case Character.CONTROL:
            case Character.FORMAT:
                return INVISIBLE;
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
                return letter(c);
            case Character.LETTER_NUMBER:
                return OTHER_LETTER;
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return MARK;
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT;
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return PUNCT;
            case Character.SURROGATE:
                return c < 0xDC00 ? HIGH_SURROGATE : LOW_SURROGATE;
            default:
                return SYMBOL;
        }
    }

    private static byte letter(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.ARABIC) {
            return ARABIC_LETTER;
        }
        if (s == Character.UnicodeScript.LATIN) {
            return LATIN_LETTER;
        }
        return OTHER_LETTER;
    }

    /**
     * The format chars Unicode marks Prepended_Concatenation_Mark (PropList.txt): visible signs
     * that span the digits after them (U+0600 ARABIC NUMBER SIGN, U+06DD END OF AYAH …). Their
     * general category is Cf like the bidi controls, but they are drawn, so they are symbols here.
     */
    static boolean isPrependedConcatenationMark(int c) {
        return (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891
                || c == 0x08E2 || c == 0x110BD || c == 0x110CD;
    }

    /** Class of a supplementary code point (slow path, rare in news text). */
    static byte ofSupplementary(int cp) {
        if (isPrependedConcatenationMark(cp)) {
            return SYMBOL;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.LETTER_NUMBER:
                return OTHER_LETTER;
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return MARK;
            case Character.FORMAT:
            case Character.CONTROL:
                return INVISIBLE;
            default:
                return SYMBOL;
        }
    }

    /** True for chars that separate tokens and are never part of one on their own. */
    static boolean isGap(char c) {
        byte k = TABLE[c];
        return k == SPACE || k == INVISIBLE || k == JOINER;
    }
}
