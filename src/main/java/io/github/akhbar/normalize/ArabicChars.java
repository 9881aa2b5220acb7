package io.github.akhbar.normalize;

/**
 * Named constants for the Arabic-script characters the normalizer works with, so that code
 * never holds raw Arabic literals or invisible characters.
 *
 * <pre>
 * ArabicChars.ALEF           U+0627
 * ArabicChars.TATWEEL        U+0640
 * ArabicChars.ZWNJ           U+200C
 * </pre>
 *
 * <p>The class holds only constants and is safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class ArabicChars {

    /** U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE. */
    public static final char ALEF_MADDA = '\u0622';
    /** U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE. */
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    /** U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE. */
    public static final char WAW_HAMZA_ABOVE = '\u0624';
    /** U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW. */
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    /** U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE. */
    public static final char YEH_HAMZA_ABOVE = '\u0626';
    /** U+0627 ARABIC LETTER ALEF. */
    public static final char ALEF = '\u0627';
    /** U+0629 ARABIC LETTER TEH MARBUTA. */
    public static final char TEH_MARBUTA = '\u0629';
    /** U+0643 ARABIC LETTER KAF. */
    public static final char KAF = '\u0643';
    /** U+0647 ARABIC LETTER HEH. */
    public static final char HEH = '\u0647';
    /** U+0648 ARABIC LETTER WAW. */
    public static final char WAW = '\u0648';
    /** U+0649 ARABIC LETTER ALEF MAKSURA. */
    public static final char ALEF_MAKSURA = '\u0649';
    /** U+064A ARABIC LETTER YEH. */
    public static final char YEH = '\u064A';
    /** U+0640 ARABIC TATWEEL (kashida). */
    public static final char TATWEEL = '\u0640';
    /** U+064B ARABIC FATHATAN, the first of the eight harakat. */
    public static final char FATHATAN = '\u064B';
    /** U+0652 ARABIC SUKUN, the last of the eight harakat. */
    public static final char SUKUN = '\u0652';
    /** U+0670 ARABIC LETTER SUPERSCRIPT ALEF. */
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    /** U+0660 ARABIC-INDIC DIGIT ZERO. */
    public static final char ARABIC_INDIC_ZERO = '\u0660';
    /** U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (Persian and Urdu). */
    public static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
    /** U+066B ARABIC DECIMAL SEPARATOR. */
    public static final char DECIMAL_SEPARATOR = '\u066B';
    /** U+066C ARABIC THOUSANDS SEPARATOR. */
    public static final char THOUSANDS_SEPARATOR = '\u066C';
    /** U+060C ARABIC COMMA. */
    public static final char COMMA = '\u060C';
    /** U+061B ARABIC SEMICOLON. */
    public static final char SEMICOLON = '\u061B';
    /** U+061F ARABIC QUESTION MARK. */
    public static final char QUESTION_MARK = '\u061F';
    /** U+066A ARABIC PERCENT SIGN. */
    public static final char PERCENT_SIGN = '\u066A';
    /** U+06D4 ARABIC FULL STOP. */
    public static final char FULL_STOP = '\u06D4';
    /** U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK. */
    public static final char LEFT_GUILLEMET = '\u00AB';
    /** U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK. */
    public static final char RIGHT_GUILLEMET = '\u00BB';
    /** U+200C ZERO WIDTH NON-JOINER. */
    public static final char ZWNJ = '\u200C';
    /** U+200D ZERO WIDTH JOINER. */
    public static final char ZWJ = '\u200D';
    /** U+061C ARABIC LETTER MARK. */
    public static final char ALM = '\u061C';
    /** U+00A0 NO-BREAK SPACE. */
    public static final char NBSP = '\u00A0';

    private ArabicChars() {
    }

    /**
     * @param c a UTF-16 unit
     * @return true for the Arabic letters U+0621 to U+064A (hamza to yeh, tatweel excluded)
     */
    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != TATWEEL;
    }

    /**
     * @param c a UTF-16 unit
     * @return true for ASCII, Arabic-Indic and Extended Arabic-Indic digits
     */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= ARABIC_INDIC_ZERO && c <= '\u0669')
                || (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= '\u06F9');
    }
}
