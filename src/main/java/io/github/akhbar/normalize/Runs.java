package io.github.akhbar.normalize;

import io.github.akhbar.TextEditor;

/**
 * The {@link Fold#ELONGATION} pass: three or more copies of one Arabic letter (U+0621–U+063F,
 * U+0641–U+064A) in a row become the first copy. Tatweel U+0640 and the marks U+064B–U+065F and
 * U+0670 between two copies do not break the run (a reader sees "جمـيـيـيل" as one stretched
 * letter) and are removed with the extra copies; whatever follows the last copy stays.
 *
 * <p>It runs on the output of every other fold, so letters a ligature expands to count like any
 * other. The result is idempotent whatever the fold set: a run is always taken whole, so after
 * its first copy the next unit that is not skippable is no copy, and a second pass finds no run.
 * O(n): each unit is read at most three times.
 */
final class Runs {

    /** Shortest run that collapses. */
    static final int MIN_RUN = 3;

    private Runs() {
    }

    /** Tatweel and the marks that may sit between the copies of a run. */
    static boolean isSkippable(char c) {
        return c == ArabicChars.TATWEEL || (c >= ArabicChars.FATHATAN && c <= '\u065F') || c == ArabicChars.SUPERSCRIPT_ALEF;
    }

    /** Index of the first unit of the first collapsible run in {@code s}, or -1. */
    static int first(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (ArabicChars.isArabicLetter(s.charAt(i)) && lastOfRun(s, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * If {@code s[i]}, an Arabic letter, starts a collapsible run, the index of the run's last
     * copy; otherwise -1.
     */
    private static int lastOfRun(String s, int i) {
        char c = s.charAt(i);
        int n = s.length();
        int last = i;
        int copies = 1;
        for (int p = i + 1; p < n; p++) {
            char x = s.charAt(p);
            if (x == c) {
                last = p;
                copies++;
            } else if (!isSkippable(x)) {
                break;
            }
        }
        return copies >= MIN_RUN ? last : -1;
    }

    /** {@link #lastOfRun(String, int)} in {@code buf[.., end)}: the same loop over an array. */
    private static int lastOfRun(char[] buf, int i, int end) {
        char c = buf[i];
        int last = i;
        int copies = 1;
        for (int p = i + 1; p < end; p++) {
            char x = buf[p];
            if (x == c) {
                last = p;
                copies++;
            } else if (!isSkippable(x)) {
                break;
            }
        }
        return copies >= MIN_RUN ? last : -1;
    }

    /** Collapses every run in {@code buf[off, off + len)} in place; returns the new length. */
    static int collapse(char[] buf, int off, int len) {
        int end = off + len;
        int w = off;
        for (int i = off; i < end; i++) {
            char c = buf[i];
            buf[w++] = c; // w <= i + 1: nothing from i on is overwritten before it is read
            if (ArabicChars.isArabicLetter(c)) {
                int last = lastOfRun(buf, i, end);
                if (last >= 0) {
                    i = last;
                }
            }
        }
        return w - off;
    }

    /** Records the deletions that collapse every run of {@code text} (a document's view). */
    static void collapse(String text, TextEditor editor) {
        for (int i = Math.max(0, first(text)), n = text.length(); i < n; i++) {
            if (ArabicChars.isArabicLetter(text.charAt(i))) {
                int last = lastOfRun(text, i);
                if (last >= 0) {
                    editor.delete(i + 1, last + 1);
                    i = last;
                }
            }
        }
    }
}
