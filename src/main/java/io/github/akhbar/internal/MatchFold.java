package io.github.akhbar.internal;

import java.text.Normalizer;

/**
 * The character fold used to match lexicons (month names, number words, cues) against raw text.
 * Not API.
 *
 * <p>Per UTF-16 unit: alef variants (U+0622 U+0623 U+0625 U+0671–U+0673 U+0675) become U+0627;
 * U+0649 becomes U+064A; U+0629 becomes U+0647; Persian look-alikes (U+06CC U+06D2 → U+064A,
 * U+06A9 → U+0643, U+06BE U+06C0 U+06C1 U+06D5 → U+0647); Arabic-Indic and Extended
 * Arabic-Indic digits become ASCII; U+066B becomes '.', U+066C ','; no-break and other spaces
 * become U+0020. Dropped: tatweel U+0640, marks U+0610–U+061A, U+064B–U+065F, U+0670,
 * U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED, and invisible controls (U+00AD,
 * U+061C, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF). Presentation
 * forms (U+FB50–U+FDFF, U+FE70–U+FEFE) expand to their compatibility decomposition, folded the
 * same way. Latin letters are lower-cased (ASCII only).
 *
 * <p>The table is built once and never modified.
 */
public final class MatchFold {

    /** Marker in {@link #SINGLE}: the unit is dropped. */
    static final char DROP = '\uFFFF';
    /** Marker in {@link #SINGLE}: the unit expands; see {@link #EXPANSIONS}. */
    static final char EXPAND = '\uFFFE';

    static final char[] SINGLE = new char[0x10000];
    static final String[] EXPANSIONS = new String[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            SINGLE[c] = (char) c;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            SINGLE[c] = (char) (c + 32);
        }
        for (char c : new char[] {'\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673', '\u0675'}) {
            SINGLE[c] = '\u0627';
        }
        SINGLE['\u0649'] = '\u064A';
        SINGLE['\u0629'] = '\u0647';
        SINGLE['\u06CC'] = '\u064A';
        SINGLE['\u06D2'] = '\u064A';
        SINGLE['\u06A9'] = '\u0643';
        for (char c : new char[] {'\u06BE', '\u06C0', '\u06C1', '\u06D5'}) {
            SINGLE[c] = '\u0647';
        }
        for (int d = 0; d < 10; d++) {
            SINGLE['\u0660' + d] = (char) ('0' + d);
            SINGLE['\u06F0' + d] = (char) ('0' + d);
        }
        SINGLE['\u066B'] = '.';
        SINGLE['\u066C'] = ',';
        for (char c : new char[] {'\u00A0', '\u1680', '\u202F', '\u205F', '\u3000'}) {
            SINGLE[c] = ' ';
        }
        for (int c = 0x2000; c <= 0x200A; c++) {
            SINGLE[c] = ' ';
        }
        drop(0x0640, 0x0640);
        drop(0x0610, 0x061A);
        drop(0x064B, 0x065F);
        drop(0x0670, 0x0670);
        drop(0x06D6, 0x06DC);
        drop(0x06DF, 0x06E4);
        drop(0x06E7, 0x06E8);
        drop(0x06EA, 0x06ED);
        drop(0x00AD, 0x00AD);
        drop(0x061C, 0x061C);
        drop(0x200B, 0x200F);
        drop(0x202A, 0x202E);
        drop(0x2060, 0x2064);
        drop(0x2066, 0x2069);
        drop(0xFEFF, 0xFEFF);
        presentationForms(0xFB50, 0xFDFF);
        presentationForms(0xFE70, 0xFEFE);
    }

    private static void drop(int from, int to) {
        for (int c = from; c <= to; c++) {
            SINGLE[c] = DROP;
        }
    }

    private static void presentationForms(int from, int to) {
        for (int c = from; c <= to; c++) {
            String s = String.valueOf((char) c);
            String d = Normalizer.normalize(s, Normalizer.Form.NFKC);
            if (d.equals(s)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < d.length(); k++) {
                char x = SINGLE[d.charAt(k)];
                if (x != DROP) {
                    sb.append(x);
                }
            }
            if (sb.length() == 0) {
                SINGLE[c] = DROP;
            } else if (sb.length() == 1) {
                SINGLE[c] = sb.charAt(0);
            } else {
                SINGLE[c] = EXPAND;
                EXPANSIONS[c] = sb.toString();
            }
        }
    }

    private MatchFold() {
    }

    /**
     * Folds a whole string (convenience for building lexicon keys).
     *
     * @param s text
     * @return the folded text
     */
    public static String fold(CharSequence s) {
        return FoldedText.of(s).folded();
    }
}
