package io.github.akhbar.number;

import java.math.BigDecimal;

/**
 * The value of a digit run, deciding which separator is the decimal mark (docs/numbers.md):
 * <ul>
 *   <li>the Arabic decimal separator ٫ (U+066B) is always the decimal mark and the Arabic
 *       thousands separator ٬ (U+066C) always groups — the fold makes them {@code .} and
 *       {@code ,}, so the original character is read back through the fold's source index;</li>
 *   <li>two different separators → the last is the decimal mark;</li>
 *   <li>one separator used twice or more → grouping;</li>
 *   <li>one separator used once → grouping when exactly three digits follow, the integer part has
 *       one to three digits and is not 0, and no scale word follows ("3.500 درهم" = 3500,
 *       "2,5 مليون" = 2.5 million, "1.500 مليار" = 1.5 billion); otherwise decimal;</li>
 *   <li>the Egyptian press form "6ر23" is 23.6 (fraction first in logical order).</li>
 * </ul>
 * Malformed grouping ("12.05.2024", "١٬٥") gives no value. Not API.
 */
final class DigitRun {

    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_GROUP = '\u066C';

    private DigitRun() {
    }

    /** The separator at folded position i, with the Arabic separators told apart from . and ,. */
    private static char separator(NumberGrammar g, int i) {
        char c = g.f.charAt(i);
        if (c == '.' || c == ',') {
            char o = g.original(i);
            if (o == ARABIC_DECIMAL || o == ARABIC_GROUP) {
                return o;
            }
        }
        return c;
    }

    /**
     * @param g the grammar holding the folded text
     * @param s start of the run (folded)
     * @param e end of the run (folded)
     * @param scaleFollows whether a scale word (ألف، مليون …) follows the run
     * @return the exact value, or null when the separators are malformed
     */
    static BigDecimal value(NumberGrammar g, int s, int e, boolean scaleFollows) {
        String f = g.f;
        int reh = f.indexOf(NumberGrammar.REH, s);
        if (reh >= 0 && reh < e) {
            return new BigDecimal(f.substring(reh + 1, e) + "." + f.substring(s, reh));
        }
        int seps = 0;
        int arabicDecimals = 0;
        int arabicDecimalAt = -1;
        char firstSep = 0;
        char lastSep = 0;
        boolean mixed = false;
        boolean spaces = false;
        int lastSepAt = -1;
        int firstSepAt = -1;
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            if (NumberGrammar.isDigit(c)) {
                continue;
            }
            if (c == ' ') {
                spaces = true;
            } else {
                c = separator(g, i);
                if (c == ARABIC_DECIMAL) {
                    arabicDecimals++;
                    arabicDecimalAt = i;
                }
                if (firstSep == 0) {
                    firstSep = c;
                    firstSepAt = i;
                } else if (c != firstSep) {
                    mixed = true;
                }
                lastSep = c;
                seps++;
            }
            lastSepAt = i;
        }
        if (lastSepAt < 0) {
            return new BigDecimal(f.substring(s, e));
        }
        int decimalAt = -1;
        if (arabicDecimals > 1) {
            return null;
        } else if (arabicDecimals == 1) {
            decimalAt = arabicDecimalAt;
        } else if (mixed) {
            if (lastSep != ARABIC_GROUP) {
                // the decimal mark occurs once, as the very last separator
                if (separator(g, lastSepAt) != lastSep || countOf(g, s, lastSepAt, lastSep) > 0) {
                    return null;
                }
                decimalAt = lastSepAt;
            }
        } else if (firstSep != 0 && firstSep != ARABIC_GROUP && seps == 1) {
            if (firstSepAt != lastSepAt) {
                return null;
            }
            int after = e - lastSepAt - 1;
            int before = lastSepAt - s;
            boolean grouping = !spaces && after == 3 && before <= 3 && f.charAt(s) != '0' && !scaleFollows;
            if (!grouping) {
                decimalAt = lastSepAt;
            }
        }
        return build(f, s, e, decimalAt);
    }

    private static int countOf(NumberGrammar g, int s, int e, char sep) {
        int n = 0;
        for (int i = s; i < e; i++) {
            if (!NumberGrammar.isDigit(g.f.charAt(i)) && g.f.charAt(i) != ' ' && separator(g, i) == sep) {
                n++;
            }
        }
        return n;
    }

    /** Digits with groups of three before the decimal mark at {@code decimalAt} (-1: none). */
    private static BigDecimal build(String f, int s, int e, int decimalAt) {
        StringBuilder sb = new StringBuilder(e - s);
        int group = 0;
        boolean firstGroup = true;
        boolean inFraction = false;
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            if (NumberGrammar.isDigit(c)) {
                sb.append(c);
                group++;
            } else if (i == decimalAt) {
                if (!firstGroup && group != 3) {
                    return null;
                }
                sb.append('.');
                inFraction = true;
                group = 0;
            } else {
                if (inFraction || (firstGroup ? group > 3 : group != 3)) {
                    return null;
                }
                firstGroup = false;
                group = 0;
            }
        }
        if (!inFraction && !firstGroup && group != 3) {
            return null;
        }
        return new BigDecimal(sb.toString());
    }
}
