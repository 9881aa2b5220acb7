package io.github.akhbar.boilerplate;

import io.github.akhbar.TextEditor;
import org.apache.commons.text.StringEscapeUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HTML left in scraped text: entities are decoded (replaced), tags and comments deleted.
 * Neither crosses a line break, so line spans are kept intact. Not API.
 *
 * <p>Entities are decoded once. An entity whose character would make new markup with the text
 * beside it stays as written: {@code &amp;} before {@code lt;} or {@code #1575;} (text escaped
 * twice), {@code &lt;} before {@code b>} and {@code &gt;} after {@code <b}. So decoding never
 * produces a tag or an entity, and a second run changes nothing.
 */
final class HtmlResidue {

    private static final String TAG_BODY = "/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>\\n]{0,300})?/?";
    private static final Pattern RESIDUE = Pattern.compile(
            "&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));"
                    + "|<!--[^\\n]{0,500}?-->"
                    + "|<" + TAG_BODY + ">");
    /** What would turn a decoded '&' into an entity. */
    private static final Pattern ENTITY_TAIL = Pattern.compile("#\\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};");
    /** What would turn a decoded '<' into a tag or comment (the '>' may be encoded too). */
    private static final Pattern TAG_TAIL = Pattern.compile(
            "!--|" + TAG_BODY + "(?:>|&(?:gt|#62|#[xX]0*3[eE]);)");
    /** What would turn a decoded '>' into the end of a tag (the '<' may be encoded too). */
    private static final Pattern TAG_HEAD = Pattern.compile("(?:<|&(?:lt|#60|#[xX]0*3[cC]);)" + TAG_BODY + "$");

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
            if (replacement.indexOf('\n') >= 0 || replacement.indexOf('\r') >= 0
                    || makesMarkup(text, m.start(), m.end(), replacement)) {
                continue; // decoding must not create lines or markup
            }
            editor.replace(m.start(), m.end(), replacement);
            edits++;
        }
        return edits;
    }

    private static boolean makesMarkup(String text, int start, int end, String replacement) {
        if (replacement.length() != 1) {
            return false;
        }
        char c = replacement.charAt(0);
        if (c == '&') {
            return ENTITY_TAIL.matcher(text).region(end, text.length()).lookingAt();
        }
        if (c == '<') {
            return TAG_TAIL.matcher(text).region(end, Math.min(text.length(), end + 340)).lookingAt();
        }
        if (c == '>') {
            int from = Math.max(0, start - 340);
            int nl = text.lastIndexOf('\n', start - 1);
            return TAG_HEAD.matcher(text).region(Math.max(from, nl + 1), start).find();
        }
        return false;
    }
}
