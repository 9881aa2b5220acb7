package io.github.akhbar.boilerplate;

import io.github.akhbar.internal.FoldedText;

/**
 * The key a line is matched by: folded with {@code MatchFold}, stripped of leading and trailing
 * characters that are neither letters nor digits, inner whitespace runs collapsed to one space.
 * Not API.
 */
final class LineKey {

    private LineKey() {
    }

    static String of(CharSequence line) {
        String f = FoldedText.of(line).folded();
        int s = 0;
        int e = f.length();
        while (s < e && !Character.isLetterOrDigit(f.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(f.charAt(e - 1))) {
            e--;
        }
        StringBuilder sb = null;
        boolean space = false;
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (ws) {
                if (sb == null) {
                    sb = new StringBuilder(e - s).append(f, s, i);
                }
                space = true;
                continue;
            }
            if (sb != null) {
                if (space) {
                    sb.append(' ');
                }
                sb.append(c);
            }
            space = false;
        }
        return sb == null ? f.substring(s, e) : sb.toString();
    }
}
