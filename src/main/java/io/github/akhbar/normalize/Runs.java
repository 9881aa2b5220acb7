package io.github.akhbar.normalize;

import io.github.akhbar.TextEditor;

/**
 * The {@link Fold#ELONGATION} pass: a run of three or more copies of one Arabic letter
 * (U+0621–U+064A) becomes a single letter. It runs on the output of every other fold, so marks
 * and tatweel those folds remove no longer break a run, and letters a ligature expands to count
 * like any other; that makes the fold idempotent whatever it is combined with. O(n), one pass.
 */
final class Runs {

    /** Shortest run that collapses. */
    static final int MIN_RUN = 3;

    private Runs() {
    }

    /** Index of the first unit of the first collapsible run in {@code s}, or -1. */
    static int first(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int j = i + 1;
            if (ArabicChars.isArabicLetter(c)) {
                while (j < n && s.charAt(j) == c) {
                    j++;
                }
                if (j - i >= MIN_RUN) {
                    return i;
                }
            }
            i = j;
        }
        return -1;
    }

    /** Collapses every run in {@code buf[off, off + len)} in place; returns the new length. */
    static int collapse(char[] buf, int off, int len) {
        int end = off + len;
        int w = off;
        int i = off;
        while (i < end) {
            char c = buf[i];
            int j = i + 1;
            if (ArabicChars.isArabicLetter(c)) {
                while (j < end && buf[j] == c) {
                    j++;
                }
            }
            if (j - i >= MIN_RUN) {
                buf[w++] = c;
            } else {
                for (int k = i; k < j; k++) {
                    buf[w++] = buf[k];
                }
            }
            i = j;
        }
        return w - off;
    }

    /** Records the deletions that collapse every run of {@code text} (a document's view). */
    static void collapse(String text, TextEditor editor) {
        int n = text.length();
        int i = Math.max(0, first(text));
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (ArabicChars.isArabicLetter(c)) {
                while (j < n && text.charAt(j) == c) {
                    j++;
                }
                if (j - i >= MIN_RUN) {
                    editor.delete(i + 1, j);
                }
            }
            i = j;
        }
    }
}
