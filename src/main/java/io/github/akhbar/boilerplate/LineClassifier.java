package io.github.akhbar.boilerplate;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Map;
import java.util.Set;

/**
 * Decides, line by line, what {@link BoilerplateStripper} removes. Not API.
 *
 * <p>Two passes over the lines: cues and single-line features ({@link LineFeatures}) first, then
 * the neighbourhood rules (teaser runs, counters, byline names, interface words, title repeats).
 * Every rule that depends on a position uses a position that removing boilerplate cannot move
 * (the first and last body lines, the line after a header), so stripping is idempotent. Cost: one
 * fold per line of at most {@link #MAX_KEYED} chars, so O(n) in the text length.
 */
final class LineClassifier {

    /** Lines longer than this (UTF-16 units) are content without looking at them. */
    static final int MAX_KEYED = 240;
    /** A body line: longer than this, or ending a statement. */
    private static final int BODY_LENGTH = 120;
    private static final int MAX_TEASERS = 12;
    /** Caller prefix cues remove lines up to this key length. */
    static final int EXTRA_PREFIX_MAX = 160;
    static final double TITLE_SIMILARITY = 0.85;

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
    private final LineFeatures features;
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
        this.features = LineFeatures.bundled();
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

    private String raw(int i) {
        return text.substring(r.start[i], r.end[i]);
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
            if (r.kind[i] == null && !r.blank[i] && keys[i] != null && placeReporter(i)) {
                mark(i, BoilerplateKind.BYLINE_META, "rule:dateline");
            }
        }
        counters();
        title(firstBody);
        boolean arabic = firstBody < r.count && LineFeatures.arabicShare(raw(firstBody)) >= 0.5;
        // counters, byline names and interface words feed each other (a name next to a counter, a
        // counter next to a removed name): repeat until nothing changes; each round removes a line
        boolean changed;
        do {
            changed = arabic && interfaceWords(firstBody, lastBody);
            changed |= bylineNames(firstBody, lastBody);
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
            if (!(LineKey.isSpace(c) || Character.getType(c) == Character.FORMAT)) {
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
        if (key.isEmpty()) {
            if (aggressive()) {
                mark(i, BoilerplateKind.NAVIGATION, "rule:separator");
            }
            return;
        }
        if (!extra.isEmpty() && extraCue(i, key)) {
            return;
        }
        CueTable.Cue c = table.lines.get(key);
        if (c != null && allowed(c)) {
            mark(i, c.kind(), c.cue());
            header[i] = c.role() == CueTable.Role.HEADER && r.kind[i] != null;
            return;
        }
        boolean sentence = LineFeatures.sentenceEnd(raw(i));
        for (CueTable.Cue p : table.prefixes) {
            if (key.length() <= p.maxLength() && LineFeatures.startsWithWord(key, p.key()) && guarded(p, sentence)) {
                mark(i, p.kind(), p.cue());
                return;
            }
        }
        if (!table.patterns.isEmpty()) {
            String[] words = null;
            for (CueTable.Cue p : table.patterns) {
                if (key.length() <= p.maxLength() && key.contains(p.probe()) && guarded(p, sentence)) {
                    words = words == null ? key.split(" ") : words;
                    if (matches(words, 0, p.words(), 0)) {
                        mark(i, p.kind(), p.cue());
                        return;
                    }
                }
            }
        }
        if (LineFeatures.counter(key)) {
            counter[i] = true;
            return;
        }
        LineFeatures.Hit hit = features.single(raw(i), key);
        if (hit != null) {
            mark(i, hit.kind(), hit.cue());
        }
    }

    /** Caller cues come first: whole-line and header cues by key, prefix cues in order. */
    private boolean extraCue(int i, String key) {
        BoilerplateStripper.ExtraCue x = extra.get(key);
        if (x != null && x.match() != BoilerplateStripper.CueMatch.PREFIX) {
            mark(i, x.kind(), x.cue());
            header[i] = x.match() == BoilerplateStripper.CueMatch.HEADER && r.kind[i] != null;
            return true;
        }
        if (key.length() > EXTRA_PREFIX_MAX || LineFeatures.sentenceEnd(raw(i))) {
            return false;
        }
        for (Map.Entry<String, BoilerplateStripper.ExtraCue> e : extra.entrySet()) {
            if (e.getValue().match() == BoilerplateStripper.CueMatch.PREFIX && LineFeatures.startsWithWord(key, e.getKey())) {
                mark(i, e.getValue().kind(), e.getValue().cue());
                return true;
            }
        }
        return false;
    }

    /** A pattern's words against a line's words: * is zero to four words, # one number. */
    static boolean matches(String[] line, int li, String[] pattern, int pi) {
        if (pi == pattern.length) {
            return li == line.length;
        }
        String p = pattern[pi];
        if (p.equals(CueTable.ANY)) {
            for (int skip = 0; skip <= 4 && li + skip <= line.length; skip++) {
                if (matches(line, li + skip, pattern, pi + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (li >= line.length) {
            return false;
        }
        String w = line[li];
        if (!p.equals(w) && !w.isEmpty() && (!Character.isLetterOrDigit(w.charAt(0))
                || !Character.isLetterOrDigit(w.charAt(w.length() - 1)))) {
            w = LineKey.of(w); // a word may carry punctuation ("هنا،")
        }
        boolean ok = p.equals(CueTable.NUMBER) ? LineFeatures.number(w) : p.equals(w);
        return ok && matches(line, li + 1, pattern, pi + 1);
    }

    private boolean allowed(CueTable.Cue c) {
        return c.role() != CueTable.Role.AGGRESSIVE || aggressive();
    }

    /** Prefix and pattern rows leave sentences alone unless they are site notices. */
    private boolean guarded(CueTable.Cue c, boolean sentence) {
        return allowed(c) && (!sentence || c.role() == CueTable.Role.NOTICE);
    }

    /**
     * "الإسماعيلية - محمد عبادي", "فاس: فلان" above the first body line: a short place, a dash or
     * a colon, a short name.
     */
    private boolean placeReporter(int i) {
        String key = keys[i];
        int dash = key.indexOf('-');
        if (dash < 0) {
            dash = key.indexOf(':');
        }
        if (key.length() > 48 || dash < 2 || dash != key.lastIndexOf(key.charAt(dash)) || LineFeatures.hasDigit(key)) {
            return false;
        }
        return LineFeatures.name(key.substring(0, dash), 20, 3) && LineFeatures.name(key.substring(dash + 1), 24, 4);
    }

    private boolean isBody(int i) {
        if (r.blank[i] || r.kind[i] != null || counter[i]) {
            return false;
        }
        int len = r.end[i] - r.start[i];
        if (len > BODY_LENGTH) {
            return true;
        }
        String raw = raw(i);
        return keys[i] != null && keys[i].length() > 40 && LineFeatures.statementEnd(raw) && !raw.strip().endsWith(":");
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

    /**
     * After a header ("اقرأ أيضا", "الوسوم"), short headline-like lines go with the header's kind
     * (teasers, tags) until content resumes.
     */
    private void teasers() {
        for (int h = 0; h < r.count; h++) {
            if (!header[h]) {
                continue;
            }
            int taken = 0;
            for (int i = h + 1; i < r.count && taken < MAX_TEASERS; i++) {
                if (r.blank[i] || r.kind[i] == r.kind[h]) {
                    continue;
                }
                if (r.kind[i] != null || !teaser(i)) {
                    break; // other furniture or content ends the block
                }
                BoilerplateKind k = r.kind[h];
                mark(i, k, k == BoilerplateKind.RELATED ? "rule:teaser" : "rule:list");
                taken++;
            }
        }
    }

    /**
     * A headline: short, not opening with a content word, not ending a sentence. A question, an
     * exclamation or a quotation ends the run in CONSERVATIVE mode; AGGRESSIVE stops only at a
     * statement.
     */
    private boolean teaser(int i) {
        String raw = raw(i);
        int limit = aggressive() ? 200 : 140;
        if (raw.length() > limit || keys[i] == null || keys[i].isEmpty() || counter[i]) {
            return false;
        }
        if (aggressive() ? LineFeatures.statementEnd(raw) : LineFeatures.sentenceEnd(raw)) {
            return false;
        }
        return !features.opensContent(keys[i]);
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

    /**
     * The first unremoved line, if headline-like, is the title. A lone name (two words
     * of letters only) is not taken for one.
     */
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
        String raw = raw(t);
        String key = keys[t];
        if (raw.length() > 200 || key.length() < 8 || key.indexOf(' ') < 0 || LineFeatures.statementEnd(raw)) {
            return;
        }
        if (words(key) < 3 && LineFeatures.name(key, 40, 2)) {
            return;
        }
        r.title = t;
    }

    private static int words(String key) {
        int n = key.isEmpty() ? 0 : 1;
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) == ' ') {
                n++;
            }
        }
        return n;
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
            // a body line or a statement is never a repeat: body lines are never removed
            if (keys[i] == null || isBody(i) || LineFeatures.statementEnd(raw(i)) || !similar(key, keys[i])) {
                break;
            }
            mark(i, BoilerplateKind.TITLE_REPEAT, "rule:title-repeat");
        }
    }

    /**
     * Two keys are the same headline when their Levenshtein similarity ({@code 1 - distance / longer
     * length}, Commons Text's bounded distance, O(threshold × n)) is at least 0.85, or when one is
     * the other behind a kicker of at most four words that ends in punctuation ("فيديو وصور.",
     * "عاجل |", "بالصور:").
     */
    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int max = Math.max(a.length(), b.length());
        int threshold = (int) Math.floor(max * (1 - TITLE_SIMILARITY));
        if (Math.abs(a.length() - b.length()) <= threshold && new LevenshteinDistance(threshold).apply(a, b) >= 0) {
            return true;
        }
        return kicker(a, b) || kicker(b, a);
    }

    private static boolean kicker(String longer, String shorter) {
        if (longer.length() <= shorter.length() || words(shorter) < 3 || !longer.endsWith(shorter)) {
            return false;
        }
        String head = longer.substring(0, longer.length() - shorter.length()).strip();
        if (head.isEmpty() || words(head) > 4) {
            return false;
        }
        char last = head.charAt(head.length() - 1);
        return ".:|-\u060C\u061B".indexOf(last) >= 0;
    }

    /**
     * A short name-like line next to a removed byline or counter, above the first body line, is
     * part of the byline block ("سعاد بنكيران" under the counters); a single word there that the
     * byline names too is the site's name ("قنطرة" under "كتب في … على قنطرة نيوز"), any other single
     * word stays. In aggressive mode a lone name just below the title or after the last body line
     * goes too.
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
            boolean oneWord = keys[i].indexOf(' ') < 0;
            if (nextToByline && head && oneWord && (named(p, keys[i]) || named(n, keys[i]))) {
                mark(i, BoilerplateKind.SIGNATURE, "rule:site-name");
            } else if (nextToByline && head && !oneWord) {
                mark(i, BoilerplateKind.BYLINE_META, "rule:byline-name");
            } else if (aggressive()) {
                mark(i, BoilerplateKind.BYLINE_META, "rule:name");
            }
            changed |= r.kind[i] != null;
        }
        return changed;
    }

    /** Whether line {@code i} is removed furniture whose key holds {@code word} as a word. */
    private boolean named(int i, String word) {
        if (i < 0 || r.kind[i] == null || keys[i] == null) {
            return false;
        }
        for (String w : keys[i].split(" ")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean bylineLike(int i) {
        return r.kind[i] == BoilerplateKind.BYLINE_META
                || (r.kind[i] == BoilerplateKind.SHARE && "rule:counter".equals(r.cue[i]));
    }

    private boolean nameLike(int i) {
        return LineFeatures.name(keys[i], 30, 4) && keys[i].indexOf('.') < 0 && !LineFeatures.sentenceEnd(raw(i));
    }

    /**
     * Interface words: in an Arabic article, a short line without Arabic letters ("Partager",
     * "Tweet", "60123 - Net") or a lone network name ("فيسبوك") above the first or below the last
     * body line, next to a removed line, is removed with that line's kind.
     */
    private boolean interfaceWords(int firstBody, int lastBody) {
        boolean changed = false;
        for (int i = 0; i < r.count; i++) {
            if (r.kind[i] != null || r.blank[i] || keys[i] == null || keys[i].isEmpty() || i == r.title
                    || (i >= firstBody && i <= lastBody)) {
                continue;
            }
            String key = keys[i];
            boolean network = features.networkName(key);
            if (!network && (key.length() > 40 || words(key) > 4 || LineFeatures.arabicLetters(key) > 0 || !hasLetter(key)
                    || LineFeatures.sentenceEnd(raw(i)))) {
                continue;
            }
            int p = previousNonBlank(i);
            int n = nextNonBlank(i);
            int by = p >= 0 && r.kind[p] != null ? p : n >= 0 && r.kind[n] != null ? n : -1;
            if (by >= 0) {
                mark(i, r.kind[by], network ? "rule:network-name" : "rule:latin-ui");
                changed |= r.kind[i] != null;
            }
        }
        return changed;
    }

    private static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
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
