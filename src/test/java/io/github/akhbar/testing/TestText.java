package io.github.akhbar.testing;

/** Small helpers for test messages and UTF-16 checks. */
public final class TestText {

    private TestText() {
    }

    /**
     * @param s a string
     * @return whether every surrogate in {@code s} is part of a high-low pair
     */
    public static boolean isValidUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param s a string
     * @return {@code s} with every unit outside printable ASCII written as a backslash-u escape
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
