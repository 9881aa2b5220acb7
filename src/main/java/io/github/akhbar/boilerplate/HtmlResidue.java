package io.github.akhbar.boilerplate;

import io.github.akhbar.TextEditor;
import org.apache.commons.text.StringEscapeUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HTML left in scraped text: entities are decoded (replaced), tags and comments deleted.
 * Neither crosses a line break, so line spans are kept intact. Not API.
 */
final class HtmlResidue {

    private static final Pattern RESIDUE = Pattern.compile(
            "&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));"
                    + "|<!--[^\\n]{0,500}?-->"
                    + "|</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>\\n]{0,300})?/?>");

    private HtmlResidue() {
    }

    /** @return true when {@code text} may hold residue (cheap pre-check) */
    static boolean mayContain(String text) {
        return text.indexOf('&') >= 0 || text.indexOf('<') >= 0;
    }

    /**
     * Adds the edits for {@code text} to {@code editor}.
     *
     * @return the number of edits added
     */
    static int collect(String text, TextEditor editor) {
        Matcher m = RESIDUE.matcher(text);
        int edits = 0;
        while (m.find()) {
            String replacement;
            if (m.group().charAt(0) != '&') {
                replacement = "";
            } else if (m.group(1) != null || m.group(2) != null) {
                long cp = m.group(1) != null ? Long.parseLong(m.group(1)) : Long.parseLong(m.group(2), 16);
                if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= Character.MIN_SURROGATE
                        && cp <= Character.MAX_SURROGATE)) {
                    continue;
                }
                replacement = new String(Character.toChars((int) cp));
            } else {
                replacement = StringEscapeUtils.unescapeHtml4(m.group());
                if (replacement.equals(m.group())) {
                    continue; // not an HTML entity name
                }
            }
            if (replacement.indexOf('\n') >= 0 || replacement.indexOf('\r') >= 0) {
                continue; // decoding must not create lines
            }
            editor.replace(m.start(), m.end(), replacement);
            edits++;
        }
        return edits;
    }
}
