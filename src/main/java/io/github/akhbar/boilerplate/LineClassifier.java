package io.github.akhbar.boilerplate;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, line by line, what {@link BoilerplateStripper} removes. Not API.
 *
 * <p>Two passes over the lines: cues and single-line features first, then the neighbourhood
 * rules (teaser runs, counters, title repeats, byline names). Every rule that depends on a
 * position uses a position that removing boilerplate cannot move (the first body line, the
 * line after a header), so stripping is idempotent. Cost: one fold per line of at most
 * {@link #MAX_KEYED} chars, so O(n) in the text length.
 */
final class LineClassifier {

    /** Lines longer than this (UTF-16 units) are content without looking at them. */
    static final int MAX_KEYED = 240;
    /** A body line: longer than this, or ending a sentence. */
    private static final int BODY_LENGTH = 120;
    private static final int MAX_TEASERS = 12;
    private static final double TITLE_SIMILARITY = 0.85;

    private static final Pattern COUNTER = Pattern.compile("\\d{1,7}(?:[.,]\\d{1,3})?[km]?");
    private static final Pattern BYLINE = Pattern.compile(
            "\\s*(?:كتب|كتبت|كتبه|كتبها|ترجمة|ترجمه|إعداد|اعداد|تحرير|بقلم|تقرير|متابعة|تصوير)"
                    + "\\s*[-_\u2013\u2014\u0640]+\\s*[^.\u060C!\u061F?\\d]{2,45}\\s*");
    private static final Pattern PEN = Pattern.compile("\\s*بقلم\\s*:\\s*[^.\u060C!\u061F?\\d]{2,40}");
    private static final Pattern POSTED_ON = Pattern.compile(
            "(?:\\S+ ){0,2}(?:كتب|نشر|نشرت|اخر تحديث|تاريخ النشر|تم النشر)(?: في| :|:)? ?\\d.*");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "[^.\u060C\\d]{2,30}\\s*[-_\u2013\u2014]\\s*\\(?(?:ا ش ا|ا ف ب|د ب ا|رويترز|وكالات|متابعات|واس|وام|قنا"
                    + "|كونا|بترا|سانا|ومع|واج|وات|\\S+ اليوم)\\)?");
    private static final Pattern PLACE_REPORTER = Pattern.compile(
            "\\s*[\\p{L}\\p{M}&&[^\u0640]][\\p{L}\\p{M} &&[^\u0640]]{1,19}\\s*[-_\u2013\u2014\u0640]+\\s*"
                    + "[\\p{L}\\p{M} &&[^\u0640]]{2,24}\\s*:?\\s*");
    private static final Pattern SITE_NAME = Pattern.compile(
            "[\\p{L}\\d-]{2,24}\\.(?:كوم|نت|com|net|org|info|news|tv|ma|dz|tn|eg|sa|ae|qa|kw|jo|lb|ps)");
    private static final Pattern SOURCE_CREDIT = Pattern.compile("\\s*(?:المصدر|مصدر الخبر)\\s*:\\s*[^.\u060C]{2,50}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{1,2}:\\d{2}(?: ?(?:ص|م|ت م|ت غ|مساء|صباحا|am|pm))?");
    private static final Pattern PAGINATION = Pattern.compile(
            "(?:(?:\\d+ ){2,}\\d+(?: التالي| السابق)?|(?:الصفحه )?\\d+ من \\d+|(?:السابق )?(?:\\d+ )+التالي)");
    private static final Pattern LINK_TOKEN = Pattern.compile(
            "(?:https?://\\S+|www\\.\\S+|@[A-Za-z0-9_.]{2,30}|[A-Za-z0-9-]+\\.(?:com|net|org|me|ly|gl)(?:/\\S*)?)");
    private static final Pattern SOCIAL = Pattern.compile(
            ".*(?:facebook|fb\\.com|twitter|x\\.com|instagram|youtube|youtu\\.be|t\\.me|telegram|whatsapp|tiktok"
                    + "|snapchat|linkedin|^@).*");
    private static final Set<String> NETWORK_NAMES = folded("facebook", "twitter", "instagram", "youtube",
            "telegram", "whatsapp", "tiktok", "snapchat", "linkedin", "x", "فيسبوك", "فيس بوك", "تويتر", "انستغرام",
            "انستجرام", "يوتيوب", "تيليجرام", "تلغرام", "واتساب", "تيك توك", "سناب شات", "لينكد ان");

    private static Set<String> folded(String... names) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : names) {
            out.add(LineKey.of(n));
        }
        return Set.copyOf(out);
    }

    /** The outcome for one text. */
    static final class Result {
        final int count;
        final int[] start;
        final int[] end;
        final int[] next;
        final boolean[] blank;
        final BoilerplateKind[] kind;
        final String[] cue;
        int title = -1;
        int removed;

        Result(int count) {
            this.count = count;
            start = new int[count];
            end = new int[count];
            next = new int[count];
            blank = new boolean[count];
            kind = new BoilerplateKind[count];
            cue = new String[count];
        }
    }

    private final String text;
    private final BoilerplateStripper.Mode mode;
    private final Set<BoilerplateKind> kinds;
    private final Map<String, BoilerplateStripper.ExtraCue> extra;
    private final CueTable table;
    private final Result r;
    private final String[] keys;
    private final boolean[] header;
    private final boolean[] counter;

    private LineClassifier(String text, BoilerplateStripper.Mode mode, Set<BoilerplateKind> kinds,
                           Map<String, BoilerplateStripper.ExtraCue> extra) {
        this.text = text;
        this.mode = mode;
        this.kinds = kinds;
        this.extra = extra;
        this.table = CueTable.bundled();
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        this.r = new Result(lines);
        this.keys = new String[lines];
        this.header = new boolean[lines];
        this.counter = new boolean[lines];
    }

    static Result classify(String text, BoilerplateStripper.Mode mode, Set<BoilerplateKind> kinds,
                           Map<String, BoilerplateStripper.ExtraCue> extra) {
        LineClassifier c = new LineClassifier(text, mode, kinds, extra);
        c.run();
        return c.r;
    }

    private boolean aggressive() {
        return mode == BoilerplateStripper.Mode.AGGRESSIVE;
    }

    private void run() {
        split();
        for (int i = 0; i < r.count; i++) {
            if (!r.blank[i] && r.end[i] - r.start[i] <= MAX_KEYED) {
                keys[i] = LineKey.of(text, r.start[i], r.end[i]);
                single(i);
            }
        }
        teasers();
        counters();
        // Body lines are never removed, so these two positions survive stripping (idempotence).
        int firstBody = firstBody();
        int lastBody = lastBody();
        for (int i = 0; i < firstBody; i++) {
            if (r.kind[i] == null && !r.blank[i] && keys[i] != null) {
                headOnly(i);
            }
        }
        counters();
        title(firstBody);
        // counters and byline names feed each other (a name next to a counter, a counter next to a
        // removed name): repeat until nothing changes; each round removes a line, so this ends
        boolean changed;
        do {
            changed = bylineNames(firstBody, lastBody);
            changed |= counters();
        } while (changed);
        if (r.title < 0) {
            title(firstBody); // the lines removed just now may have hidden it; a second run sees it first
        }
        // last: every other removal is known, so the scan sees the same lines on a second run
        titleRepeats();
        int removed = 0;
        for (int i = 0; i < r.count; i++) {
            if (r.kind[i] != null) {
                removed++;
            }
        }
        r.removed = removed;
    }

    private void split() {
        int pos = 0;
        for (int i = 0; i < r.count; i++) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int contentEnd = lineEnd > pos && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            r.start[i] = pos;
            r.end[i] = contentEnd;
            r.next[i] = nl < 0 ? text.length() : nl + 1;
            r.blank[i] = isBlank(pos, contentEnd);
            pos = r.next[i];
        }
    }

    private boolean isBlank(int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    private void mark(int i, BoilerplateKind kind, String cue) {
        if (r.kind[i] == null && kinds.contains(kind)) {
            r.kind[i] = kind;
            r.cue[i] = cue;
        }
    }

    /** Cues and single-line features. */
    private void single(int i) {
        String key = keys[i];
        String raw = text.substring(r.start[i], r.end[i]);
        if (key.isEmpty()) {
            if (aggressive()) {
                mark(i, BoilerplateKind.NAVIGATION, "rule:separator");
            }
            return;
        }
        BoilerplateStripper.ExtraCue x = extra.get(key);
        if (x != null) {
            mark(i, x.kind(), x.cue());
            return;
        }
        CueTable.Cue c = table.lines.get(key);
        if (c != null && key.length() <= c.maxLength() && allowed(c)) {
            mark(i, c.kind(), c.cue());
            header[i] = c.role() == CueTable.Role.HEADER && r.kind[i] != null;
            return;
        }
        for (CueTable.Cue p : table.prefixes) {
            if (key.length() <= p.maxLength() && key.startsWith(p.key())
                    && wordEnd(key, p.key().length()) && allowed(p)) {
                mark(i, p.kind(), p.cue());
                return;
            }
        }
        for (CueTable.Cue p : table.contains) {
            if (key.length() <= p.maxLength() && key.contains(p.key()) && allowed(p)) {
                mark(i, p.kind(), p.cue());
                return;
            }
        }
        if (COUNTER.matcher(key).matches()) {
            counter[i] = true;
            return;
        }
        boolean digit = hasDigit(key);
        boolean dash = hasDash(raw);
        boolean dot = key.indexOf('.') >= 0;
        if (dash && BYLINE.matcher(raw).matches() || raw.indexOf(':') >= 0 && PEN.matcher(raw).matches()) {
            mark(i, BoilerplateKind.BYLINE_META, "rule:byline");
        } else if (digit && key.length() <= 160 && !endsSentence(raw) && POSTED_ON.matcher(key).matches()) {
            mark(i, BoilerplateKind.BYLINE_META, "rule:posted-on");
        } else if (dash && key.length() <= 40 && AGENCY_DATELINE.matcher(key).matches()) {
            mark(i, BoilerplateKind.BYLINE_META, "rule:dateline");
        } else if (dash && categoryCrumb(raw)) {
            mark(i, BoilerplateKind.BYLINE_META, "rule:category-crumb");
        } else if ((dot || raw.indexOf('@') >= 0 || key.length() <= 60) && links(linkKey(raw))) {
            boolean social = false;
            for (String t : linkKey(raw).split(" ")) {
                social |= SOCIAL.matcher(t).matches() || NETWORK_NAMES.contains(LineKey.of(t));
            }
            mark(i, social ? BoilerplateKind.FOLLOW : BoilerplateKind.SIGNATURE,
                    social ? "rule:social-link" : "rule:site-link");
        } else if (breadcrumb(key)) {
            mark(i, BoilerplateKind.NAVIGATION, "rule:breadcrumb");
        } else if (digit && key.length() <= 16 && TIMESTAMP.matcher(key).matches()) {
            mark(i, BoilerplateKind.BYLINE_META, "rule:timestamp");
        } else if (digit && PAGINATION.matcher(key).matches()) {
            mark(i, BoilerplateKind.NAVIGATION, "rule:pagination");
        } else if (dot && key.length() <= 30 && SITE_NAME.matcher(key).matches()) {
            mark(i, BoilerplateKind.SIGNATURE, "rule:site-name");
        } else if (raw.indexOf(':') >= 0 && key.length() <= 60 && SOURCE_CREDIT.matcher(raw).matches()) {
            mark(i, BoilerplateKind.SIGNATURE, "rule:source");
        } else if (raw.indexOf('\u00A9') >= 0 && key.length() <= 160) {
            mark(i, BoilerplateKind.LEGAL, "rule:copyright");
        }
    }

    /** The raw line, trimmed, lower-cased and with whitespace collapsed: "@handle" keeps its "@". */
    private static String linkKey(String raw) {
        return raw.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDash(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '-' || c == '_' || c == '\u2013' || c == '\u2014' || c == '\u0640') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code key} has no letter or digit at {@code i} (a cue ends on a word boundary). */
    private static boolean wordEnd(String key, int i) {
        return i >= key.length() || !Character.isLetterOrDigit(key.charAt(i));
    }

    private boolean allowed(CueTable.Cue c) {
        return c.role() != CueTable.Role.AGGRESSIVE || aggressive();
    }

    /** Rules that hold only above the first body line, where bylines and datelines live. */
    private void headOnly(int i) {
        String raw = text.substring(r.start[i], r.end[i]);
        if (raw.length() <= 48 && PLACE_REPORTER.matcher(raw).matches()) {
            mark(i, BoilerplateKind.BYLINE_META, "rule:dateline");
        }
    }

    /** A line of links, handles and network names only. */
    private static boolean links(String key) {
        if (key.length() > 200) {
            return false;
        }
        boolean link = false;
        int names = 0;
        String[] tokens = key.split(" ");
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            if (LINK_TOKEN.matcher(t).matches()) {
                link = true;
            } else if (NETWORK_NAMES.contains(LineKey.of(t))) {
                names++;
            } else if (k + 1 < tokens.length && NETWORK_NAMES.contains(LineKey.of(t + " " + tokens[k + 1]))) {
                names++;
                k++;
            } else if (!LineKey.of(t).isEmpty()) {
                return false; // a word that is neither a link nor a network name
            }
        }
        return link || names >= 2;
    }

    /** "- فيTV كلامكم, في الواجهة, مجتمع": a dash, then short comma-separated categories. */
    private static boolean categoryCrumb(String raw) {
        String s = raw.strip();
        if (s.length() > 90 || s.isEmpty() || "-\u2013\u2014".indexOf(s.charAt(0)) < 0 || endsSentence(s)) {
            return false;
        }
        String[] items = s.substring(1).split("[,\u060C]");
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || t.split("\\s+").length > 3) {
                return false;
            }
        }
        return true;
    }

    /** "الرئيسية » أخبار » سياسة": at least two separators between short items. */
    private static boolean breadcrumb(String key) {
        if (key.length() > 120 || !hasSeparator(key)) {
            return false;
        }
        // separators stand between spaces: «…» are quotation marks, not crumbs
        String[] items = key.split("\\s+[\u00BB\u203A>/|\u2039<]\\s+", -1);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.split(" ").length > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSeparator(String key) {
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c == '\u00BB' || c == '\u203A' || c == '>' || c == '/' || c == '|' || c == '\u2039' || c == '<') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String raw) {
        int e = raw.length();
        while (e > 0 && Character.isWhitespace(raw.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return false;
        }
        char c = raw.charAt(e - 1);
        if (c == '.') {
            return e < 2 || raw.charAt(e - 2) != '.';
        }
        return c == ':' || c == '\u060C' || c == ',' || c == ';' || c == '\u061B';
    }

    private boolean isBody(int i) {
        if (r.blank[i] || r.kind[i] != null || counter[i]) {
            return false;
        }
        int len = r.end[i] - r.start[i];
        return len > BODY_LENGTH || (keys[i] != null && keys[i].length() > 40 && endsSentence(
                text.substring(r.start[i], r.end[i])) && !text.substring(r.start[i], r.end[i]).strip().endsWith(":"));
    }

    private int firstBody() {
        for (int i = 0; i < r.count; i++) {
            if (isBody(i)) {
                return i;
            }
        }
        return r.count;
    }

    private int lastBody() {
        for (int i = r.count - 1; i >= 0; i--) {
            if (isBody(i)) {
                return i;
            }
        }
        return -1;
    }

    /** After a header ("اقرأ أيضًا"), short headline-like lines are teasers until content resumes. */
    private void teasers() {
        for (int h = 0; h < r.count; h++) {
            if (!header[h]) {
                continue;
            }
            int taken = 0;
            for (int i = h + 1; i < r.count && taken < MAX_TEASERS; i++) {
                if (r.blank[i] || r.kind[i] != null) {
                    continue;
                }
                if (!teaser(i)) {
                    break;
                }
                mark(i, BoilerplateKind.RELATED, "rule:teaser");
                taken++;
            }
        }
    }

    private boolean teaser(int i) {
        String raw = text.substring(r.start[i], r.end[i]);
        int limit = aggressive() ? 200 : 140;
        if (raw.length() > limit || keys[i] == null || keys[i].isEmpty() || endsSentence(raw) || counter[i]) {
            return false;
        }
        String key = keys[i];
        for (String opener : table.openers) {
            if (key.startsWith(opener) && wordEnd(key, opener.length())) {
                return false;
            }
        }
        return true;
    }

    /** Bare numbers next to other furniture are share/view/comment counters. */
    private boolean counters() {
        boolean changed = false;
        for (int i = 0; i < r.count; i++) {
            if (!counter[i] || r.kind[i] != null) {
                continue;
            }
            int a = i;
            int b = i;
            while (true) {
                int n = nextNonBlank(b);
                if (n < 0 || !counter[n]) {
                    break;
                }
                b = n;
            }
            int before = previousNonBlank(a);
            int after = nextNonBlank(b);
            boolean furniture = (before >= 0 && r.kind[before] != null) || (after >= 0 && r.kind[after] != null)
                    || b > a;
            if (furniture) {
                for (int k = a; k <= b; k++) {
                    if (counter[k] && r.kind[k] == null) {
                        mark(k, BoilerplateKind.SHARE, "rule:counter");
                        changed |= r.kind[k] != null;
                    }
                }
            }
            i = b;
        }
        return changed;
    }

    /** The first unremoved line, if headline-like, is the title; near-copies right after it go. */
    private void title(int firstBody) {
        int t = -1;
        for (int i = 0; i < r.count; i++) {
            if (!r.blank[i] && r.kind[i] == null && !counter[i]) {
                t = i;
                break;
            }
        }
        if (t < 0 || keys[t] == null || t > firstBody) {
            return;
        }
        String raw = text.substring(r.start[t], r.end[t]);
        String key = keys[t];
        if (raw.length() > 200 || key.length() < 8 || key.indexOf(' ') < 0 || endsSentence(raw)) {
            return;
        }
        r.title = t;
    }

    private void titleRepeats() {
        int t = r.title;
        if (t < 0 || !kinds.contains(BoilerplateKind.TITLE_REPEAT)) {
            return;
        }
        String key = keys[t];
        for (int i = t + 1; i < r.count; i++) {
            if (r.blank[i] || r.kind[i] != null) {
                continue;
            }
            if (keys[i] == null || !similar(key, keys[i])) {
                break;
            }
            mark(i, BoilerplateKind.TITLE_REPEAT, "rule:title-repeat");
        }
    }

    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int max = Math.max(a.length(), b.length());
        int threshold = (int) Math.floor(max * (1 - TITLE_SIMILARITY));
        if (Math.abs(a.length() - b.length()) > threshold) {
            return false;
        }
        // Commons Text's bounded Levenshtein: O(threshold * n), -1 when over the threshold.
        int d = new LevenshteinDistance(threshold).apply(a, b);
        return d >= 0;
    }

    /**
     * A short name-like line next to a removed byline or counter, above the first body line, is
     * part of the byline block ("نورالدين بازين" under the counters); in aggressive mode a lone
     * name just below the title or after the last body line goes too.
     */
    private boolean bylineNames(int firstBody, int lastBody) {
        boolean changed = false;
        for (int i = 0; i < r.count; i++) {
            if (r.kind[i] != null || r.blank[i] || i == r.title || keys[i] == null || !nameLike(i)) {
                continue;
            }
            boolean head = i < firstBody;
            boolean tail = i > lastBody && lastBody >= 0;
            if (!head && !(tail && aggressive())) {
                continue;
            }
            int p = previousNonBlank(i);
            int n = nextNonBlank(i);
            boolean nextToByline = (p >= 0 && bylineLike(p)) || (n >= 0 && bylineLike(n));
            if (nextToByline) {
                mark(i, BoilerplateKind.BYLINE_META, "rule:byline-name");
            } else if (aggressive()) {
                mark(i, BoilerplateKind.BYLINE_META, "rule:name");
            }
            changed |= r.kind[i] != null;
        }
        return changed;
    }

    private boolean bylineLike(int i) {
        return r.kind[i] == BoilerplateKind.BYLINE_META
                || (r.kind[i] == BoilerplateKind.SHARE && "rule:counter".equals(r.cue[i]));
    }

    private boolean nameLike(int i) {
        String key = keys[i];
        if (key.isEmpty() || key.length() > 30) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return words <= 4 && !endsSentence(text.substring(r.start[i], r.end[i]));
    }

    private int previousNonBlank(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!r.blank[k]) {
                return k;
            }
        }
        return -1;
    }

    private int nextNonBlank(int i) {
        for (int k = i + 1; k < r.count; k++) {
            if (!r.blank[k]) {
                return k;
            }
        }
        return -1;
    }
}
