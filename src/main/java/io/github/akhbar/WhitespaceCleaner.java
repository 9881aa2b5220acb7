package io.github.akhbar;

import java.util.Objects;

/**
 * Tidies ASCII whitespace in the view: the smallest real editing step, and the CLI's
 * {@code whitespace} step.
 *
 * <ul>
 *   <li>A run of spaces, tabs, form feeds or vertical tabs inside a line becomes one space.</li>
 *   <li>Whitespace around a line break is dropped; {@code \r\n} and a lone {@code \r} become
 *       {@code \n}.</li>
 *   <li>Two or more line breaks in a run become exactly one empty line ({@code \n\n}).</li>
 *   <li>Whitespace at the start and end of the text is removed.</li>
 *   <li>Other spaces (no-break, thin, ideographic …) are left to the normalizer.</li>
 * </ul>
 *
 * <pre>
 * "  a \t b  "         "a b"
 * "a \r\n b"           "a\nb"
 * "a\n\n\n\nb"         "a\n\nb"
 * "a b"                "a b"   (same instance, nothing to do)
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class WhitespaceCleaner implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private static final WhitespaceCleaner INSTANCE = new WhitespaceCleaner();

    private WhitespaceCleaner() {
    }

    /** @return the cleaner */
    public static WhitespaceCleaner create() {
        return INSTANCE;
    }

    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        String t = document.text();
        TextEditor editor = document.edit();
        collect(t, editor);
        return editor.apply();
    }

    /**
     * Cleans a plain string.
     *
     * @param text the text
     * @return the cleaned text; the same instance when nothing changes
     */
    public String clean(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextEditor editor = TextEditor.of(text);
        collect(text, editor);
        return editor.isEmpty() && text instanceof String s ? s : editor.result().text();
    }

    private static void collect(CharSequence t, TextEditor editor) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!isSpace(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int breaks = 0;
            while (i < n && isSpace(t.charAt(i))) {
                char c = t.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= n || t.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
                i++;
            }
            String replacement;
            if (start == 0 || i == n) {
                replacement = "";
            } else if (breaks == 0) {
                replacement = " ";
            } else if (breaks == 1) {
                replacement = "\n";
            } else {
                replacement = "\n\n";
            }
            if (!contentEquals(t, start, i, replacement)) {
                editor.replace(start, i, replacement);
            }
        }
    }

    private static boolean contentEquals(CharSequence t, int start, int end, String s) {
        if (end - start != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (t.charAt(start + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WhitespaceCleaner;
    }

    @Override
    public int hashCode() {
        return WhitespaceCleaner.class.hashCode();
    }

    @Override
    public String toString() {
        return "WhitespaceCleaner";
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
