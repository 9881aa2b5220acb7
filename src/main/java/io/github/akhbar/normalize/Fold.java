package io.github.akhbar.normalize;

import java.text.Normalizer;

/**
 * One independent normalization operation of {@link ArabicNormalizer}; a normalizer applies a
 * set of them.
 *
 * <ul>
 *   <li>Folds are defined per UTF-16 unit, except {@link #DIGITS} on the Arabic separators and
 *       {@link #ELONGATION}, which look at their neighbours. Every code point a fold changes is
 *       in the table below; a test walks every one of them, and checks that each fold leaves
 *       every other candidate unit alone.</li>
 *   <li>When one fold's output is another fold's input (a presentation form that decomposes to
 *       {@code أ}, the Urdu {@code ۃ} that becomes {@code ة}), the normalizer applies both, so
 *       its output is always a fixed point.</li>
 *   <li>Surrogates, Latin letters and every character not listed below are never changed. A
 *       unit that a fold removes stays when removing it would join a lone high surrogate before
 *       it to a lone low surrogate after it: output is valid UTF-16 exactly when input is.</li>
 * </ul>
 *
 * <pre>
 * fold                 input                                       output
 * HAMZA_ALEF           U+0622 U+0623 U+0625 (آ أ إ)                U+0627 ا
 * ALEF_VARIANTS        U+0671 U+0672 U+0673 U+0675 (ٱ ٲ ٳ ٵ)       U+0627 ا
 * ALEF_MAKSURA         U+0649 ى                                    U+064A ي
 * TEH_MARBUTA          U+0629 ة                                    U+0647 ه
 * HAMZA_CARRIERS       U+0624 ؤ                                    U+0648 و
 *                      U+0626 ئ                                    U+064A ي
 * TATWEEL              U+0640                                      removed
 * DIACRITICS           U+064B-U+0652 (tanwin, harakat, shadda)     removed
 * QURANIC_MARKS        U+0610-U+061A, U+0653-U+065F, U+0670,
 *                      U+06D6-U+06DC, U+06DF-U+06E4, U+06E7-U+06E8,
 *                      U+06EA-U+06ED, U+08D3-U+08E1, U+08E3-U+08FF removed
 * DIGITS               U+0660-U+0669, U+06F0-U+06F9                0-9
 *                      U+066B, U+066C between two digits           '.', ','
 * PRESENTATION_FORMS   U+FB50-U+FDFF, U+FE70-U+FEFE                NFKC decomposition, e.g.
 *                                                                  U+FEFB to U+0644 U+0627,
 *                                                                  U+FDFA to 18 chars; but
 *                      U+FC5E-U+FC63, U+FE70 U+FE72 U+FE74 U+FE76  the marks alone, without
 *                      U+FE78 U+FE7A U+FE7C U+FE7E (isolated       the space NFKC puts
 *                      harakat)                                    before them
 * PERSIAN_LETTERS      U+06CC U+06D0 U+06D2 U+06D3 (ی ې ے ۓ)       U+064A ي
 *                      U+06A9 U+06AA (ک ڪ)                         U+0643 ك
 *                      U+06BE U+06C0 U+06C1 U+06C2 U+06D5          U+0647 ه
 *                      U+06C3 ۃ                                    U+0629 ة
 * INVISIBLES           U+00AD, U+061C, U+180E, U+200B-U+200F,
 *                      U+202A-U+202E, U+2060-U+2064,
 *                      U+2066-U+2069, U+FEFF                       removed
 * SPACES               U+00A0, U+1680, U+2000-U+200A, U+202F,
 *                      U+205F, U+3000                              U+0020
 * PUNCTUATION          U+060C U+061B U+061F U+066A U+06D4          , ; ? % .
 *                      U+00AB U+00BB                               "
 * ELONGATION           a letter U+0621-U+063F, U+0641-U+064A       the first copy; what
 *                      3 or more times in a row, with only         lay between the copies
 *                      U+0640, U+064B-U+065F, U+0670 between       is removed too
 *                      the copies
 * </pre>
 *
 * <p>Enum constants are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public enum Fold {
    /** آ أ إ (U+0622, U+0623, U+0625) become ا U+0627; Lucene's rule. */
    HAMZA_ALEF,
    /** ٱ ٲ ٳ ٵ (U+0671–U+0673, U+0675) become ا U+0627. */
    ALEF_VARIANTS,
    /** ى U+0649 becomes ي U+064A; Lucene's rule. */
    ALEF_MAKSURA,
    /** ة U+0629 becomes ه U+0647; Lucene's rule. */
    TEH_MARBUTA,
    /** ؤ U+0624 becomes و U+0648 and ئ U+0626 becomes ي U+064A; in no preset. */
    HAMZA_CARRIERS,
    /** Tatweel U+0640 is removed; Lucene's rule. */
    TATWEEL,
    /** The eight harakat U+064B–U+0652 are removed; Lucene's rule. */
    DIACRITICS,
    /** Other combining marks: U+0610–U+061A, U+0653–U+065F, superscript alef U+0670, Quranic marks. */
    QURANIC_MARKS,
    /** Arabic-Indic and Extended Arabic-Indic digits become ASCII; U+066B and U+066C too, between digits. */
    DIGITS,
    /**
     * Presentation forms become their compatibility (NFKC) decomposition, except that the
     * isolated harakat (U+FE70, U+FE72 … U+FE7E and the shadda ligatures U+FC5E–U+FC63), which
     * Unicode decomposes to a space and the mark, become the mark alone: the space would split
     * the word the mark sits in.
     */
    PRESENTATION_FORMS,
    /** Persian and Urdu look-alike letters become the Arabic letters. */
    PERSIAN_LETTERS,
    /** Invisible format controls (ZWNJ, ZWJ, bidi controls, BOM, soft hyphen) are removed. */
    INVISIBLES,
    /** No-break, thin, ideographic and other exotic spaces become U+0020. */
    SPACES,
    /** Arabic comma, semicolon, question mark, percent sign, full stop and guillemets become ASCII; in no preset. */
    PUNCTUATION,
    /**
     * An Arabic letter written three or more times in a row, with only tatweel or marks
     * (U+064B–U+065F, U+0670) between the copies, is reduced to one, and the tatweel and marks
     * between the copies go with them; in no preset. It runs on the output of the other folds.
     */
    ELONGATION;

    /**
     * This fold's own rewrite of one unit, before other folds are applied to the result.
     *
     * @return the replacement, or null when this fold leaves {@code c} alone
     */
    String step(char c) {
        switch (this) {
            case HAMZA_ALEF:
                return c == ArabicChars.ALEF_MADDA || c == ArabicChars.ALEF_HAMZA_ABOVE
                        || c == ArabicChars.ALEF_HAMZA_BELOW ? String.valueOf(ArabicChars.ALEF) : null;
            case ALEF_VARIANTS:
                return (c >= '\u0671' && c <= '\u0673') || c == '\u0675' ? String.valueOf(ArabicChars.ALEF) : null;
            case ALEF_MAKSURA:
                return c == ArabicChars.ALEF_MAKSURA ? String.valueOf(ArabicChars.YEH) : null;
            case TEH_MARBUTA:
                return c == ArabicChars.TEH_MARBUTA ? String.valueOf(ArabicChars.HEH) : null;
            case HAMZA_CARRIERS:
                return c == ArabicChars.WAW_HAMZA_ABOVE ? String.valueOf(ArabicChars.WAW)
                        : c == ArabicChars.YEH_HAMZA_ABOVE ? String.valueOf(ArabicChars.YEH) : null;
            case TATWEEL:
                return c == ArabicChars.TATWEEL ? "" : null;
            case DIACRITICS:
                return c >= ArabicChars.FATHATAN && c <= ArabicChars.SUKUN ? "" : null;
            case QURANIC_MARKS:
                return isQuranicMark(c) ? "" : null;
            case DIGITS:
                if (c >= ArabicChars.ARABIC_INDIC_ZERO && c <= '\u0669') {
                    return String.valueOf((char) ('0' + (c - ArabicChars.ARABIC_INDIC_ZERO)));
                }
                if (c >= ArabicChars.EXTENDED_ARABIC_INDIC_ZERO && c <= '\u06F9') {
                    return String.valueOf((char) ('0' + (c - ArabicChars.EXTENDED_ARABIC_INDIC_ZERO)));
                }
                return null; // the separators depend on context: see FoldTable
            case PRESENTATION_FORMS:
                if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE')) {
                    String s = String.valueOf(c);
                    String d = Normalizer.normalize(s, Normalizer.Form.NFKC);
                    if (d.length() > 1 && d.charAt(0) == ' ') {
                        // isolated harakat: " " + mark; the space would split the word (FE70, FC5E ...)
                        d = d.substring(1);
                    }
                    return d.equals(s) ? null : d;
                }
                return null;
            case PERSIAN_LETTERS:
                return persian(c);
            case INVISIBLES:
                return isInvisible(c) ? "" : null;
            case SPACES:
                return isExoticSpace(c) ? " " : null;
            case PUNCTUATION:
                return punctuation(c);
            default:
                return null; // ELONGATION is contextual
        }
    }

    private static boolean isQuranicMark(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u0653' && c <= '\u065F') || c == ArabicChars.SUPERSCRIPT_ALEF
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4')
                || (c >= '\u06E7' && c <= '\u06E8') || (c >= '\u06EA' && c <= '\u06ED')
                || (c >= '\u08D3' && c <= '\u08E1') || (c >= '\u08E3' && c <= '\u08FF');
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == ArabicChars.ALM || c == '\u180E' || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    private static boolean isExoticSpace(char c) {
        return c == ArabicChars.NBSP || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static String persian(char c) {
        switch (c) {
            case '\u06CC': // FARSI YEH
            case '\u06D0': // YEH E
            case '\u06D2': // YEH BARREE
            case '\u06D3': // YEH BARREE WITH HAMZA ABOVE
                return String.valueOf(ArabicChars.YEH);
            case '\u06A9': // KEHEH
            case '\u06AA': // SWASH KAF
                return String.valueOf(ArabicChars.KAF);
            case '\u06BE': // HEH DOACHASHMEE
            case '\u06C0': // HEH WITH YEH ABOVE
            case '\u06C1': // HEH GOAL
            case '\u06C2': // HEH GOAL WITH HAMZA ABOVE
            case '\u06D5': // AE
                return String.valueOf(ArabicChars.HEH);
            case '\u06C3': // TEH MARBUTA GOAL
                return String.valueOf(ArabicChars.TEH_MARBUTA);
            default:
                return null;
        }
    }

    private static String punctuation(char c) {
        switch (c) {
            case ArabicChars.COMMA:
                return ",";
            case ArabicChars.SEMICOLON:
                return ";";
            case ArabicChars.QUESTION_MARK:
                return "?";
            case ArabicChars.PERCENT_SIGN:
                return "%";
            case ArabicChars.FULL_STOP:
                return ".";
            case ArabicChars.LEFT_GUILLEMET:
            case ArabicChars.RIGHT_GUILLEMET:
                return "\"";
            default:
                return null;
        }
    }
}
