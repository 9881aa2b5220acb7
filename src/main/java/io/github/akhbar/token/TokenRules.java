package io.github.akhbar.token;

import static io.github.akhbar.token.CharClass.ARABIC_LETTER;
import static io.github.akhbar.token.CharClass.CORE_FIRST;
import static io.github.akhbar.token.CharClass.CORE_SPAN;
import static io.github.akhbar.token.CharClass.DIGIT;
import static io.github.akhbar.token.CharClass.HIGH_SURROGATE;
import static io.github.akhbar.token.CharClass.INVISIBLE;
import static io.github.akhbar.token.CharClass.JOINER;
import static io.github.akhbar.token.CharClass.LATIN_LETTER;
import static io.github.akhbar.token.CharClass.MARK;
import static io.github.akhbar.token.CharClass.OTHER_LETTER;
import static io.github.akhbar.token.CharClass.SPACE;
import static io.github.akhbar.token.CharClass.SYMBOL;
import static io.github.akhbar.token.CharClass.TATWEEL;

/**
 * The tokenizer's scanning rules that depend on no configuration: each starts at a unit of its
 * class, emits its token to the sink and returns where the next token may begin. Stateless. Not API.
 */
final class TokenRules {

    private TokenRules() {
    }

    /** Letters of {@code letter} class and marks, with ZWNJ/ZWJ kept when a letter or mark follows. */
    static int wordRun(char[] b, int i, int end, byte letter) {
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

    static boolean singleLetter(char[] b, int s, int e) {
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
    static int abbreviation(char[] b, int s, int dot, int end, byte letter, TokenSink sink) {
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

    static int latin(char[] b, int s, int end, TokenSink sink) {
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

    static int digits(char[] b, int i, int end) {
        final byte[] table = CharClass.TABLE;
        while (i < end && table[b[i]] == DIGIT) {
            i++;
        }
        return i;
    }

    static int number(char[] b, int s, int end, TokenSink sink) {
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
    static int numberTail(char[] b, int i, int end) {
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
    static boolean isKeycap(char[] b, int s, int e) {
        int n = e - s;
        char c = b[s];
        return (n == 2 || (n == 3 && b[s + 1] == CharClass.VS16)) && b[e - 1] == CharClass.KEYCAP
                && ((c >= '0' && c <= '9') || c == '#' || c == '*');
    }

    static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == CharClass.ARABIC_DECIMAL_SEPARATOR
                || c == CharClass.ARABIC_THOUSANDS_SEPARATOR;
    }

    static int tagRun(char[] b, int i, int end) {
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

    static boolean isTagChar(byte k) {
        return k == ARABIC_LETTER || k == LATIN_LETTER || k == OTHER_LETTER || k == DIGIT || k == MARK;
    }

    static int other(char[] b, int s, int end, TokenSink sink) {
        int i = otherRun(b, s + 1, end);
        sink.token(s, i, TokenType.WORD);
        return i;
    }

    /** Letters of other scripts (BMP or supplementary) and marks. */
    static int otherRun(char[] b, int i, int end) {
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

    static int supplementary(char[] b, int s, int end, TokenSink sink) {
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
    static int symbol(char[] b, int s, int i, int end, int first, TokenSink sink) {
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

    static boolean isSymbolStart(char[] b, int i, int end) {
        char c = b[i];
        byte k = CharClass.TABLE[c];
        if (k == SYMBOL) {
            return true;
        }
        return k == HIGH_SURROGATE && i + 1 < end && Character.isLowSurrogate(b[i + 1])
                && CharClass.ofSupplementary(Character.toCodePoint(c, b[i + 1])) == SYMBOL;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    static int url(char[] b, int s, int end) {
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

    static boolean isUrlTrailer(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '\'' || c == '\u2026';
    }

    static boolean startsWith(char[] b, int s, int end, String prefix) {
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

    static int email(char[] b, int s, int end) {
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

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
