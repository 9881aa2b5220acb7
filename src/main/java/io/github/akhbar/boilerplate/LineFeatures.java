package io.github.akhbar.boilerplate;

import io.github.akhbar.boilerplate.CueTable.Lexicon;
import io.github.akhbar.date.MonthNames;
import io.github.akhbar.date.MonthSystem;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The single-line features of {@link BoilerplateStripper}: what a line's form says about it
 * without its neighbours. Every word list comes from {@code lexicons.tsv} and is compared with
 * the line's {@link LineKey}, the fold the cue table uses, so "كتـــب - فلان:" and the verb
 * written with harakat are the same byline verb. Not API.
 *
 * <p>Instances are immutable and safe for concurrent use.
 */
final class LineFeatures {

    /** What fired. */
    record Hit(BoilerplateKind kind, String cue) {
    }

    private static final Pattern COUNTER = Pattern.compile("\\d{1,7}(?:[.,]\\d{1,3})?[km]?");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{1,2}:\\d{2}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|(?:19|20)\\d\\d");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    private static final Pattern DATE_NUMBER = Pattern.compile("\\d{1,4}(?:[/.:-]\\d{1,4}){0,2}");

    private final Set<String> agencies;
    private final Set<String> networks;
    private final List<String> creditVerbs;
    private final List<String> pens;
    private final List<String> sourceLabels;
    private final List<String> socialHosts;
    private final List<String> openers;
    private final Set<String> weekdays;
    private final Set<String> dateWords;
    private final Pattern posted;
    private final Pattern dateline;
    private final Pattern siteName;
    private final Pattern linkToken;
    private final Pattern pagination;
    private final Pattern timestamp;

    private LineFeatures(CueTable t) {
        agencies = Set.copyOf(t.lexicon(Lexicon.AGENCY));
        networks = Set.copyOf(t.lexicon(Lexicon.NETWORK));
        creditVerbs = t.lexicon(Lexicon.CREDIT_VERB);
        pens = t.lexicon(Lexicon.PEN);
        sourceLabels = t.lexicon(Lexicon.SOURCE_LABEL);
        socialHosts = t.lexicon(Lexicon.SOCIAL_HOST);
        openers = t.lexicon(Lexicon.OPENER);
        weekdays = Set.copyOf(t.lexicon(Lexicon.WEEKDAY));
        java.util.Set<String> dw = new java.util.HashSet<>(t.lexicon(Lexicon.DATE_WORD));
        dw.addAll(t.lexicon(Lexicon.TIME_SUFFIX));
        dateWords = Set.copyOf(dw);
        posted = Pattern.compile("(?:\\S+ ){0,2}" + alt(t, Lexicon.POSTED) + "(?: في| :|:)? ?(\\S+).*");
        dateline = Pattern.compile("[^.\u060C\\d]{2,30} ?[-/]+ ?\\(?" + alt(t, Lexicon.AGENCY) + "\\)?");
        String tld = alt(t, Lexicon.TLD);
        siteName = Pattern.compile("[\\p{L}\\d-]{2,24}\\." + tld);
        linkToken = Pattern.compile("(?:https?://\\S+|www\\.\\S+|@[a-z0-9_.]{2,30}|[a-z0-9-]+\\." + tld + "(?:/\\S*)?)");
        String page = alt(t, Lexicon.PAGE);
        String step = alt(t, Lexicon.PAGE_STEP);
        pagination = Pattern.compile("(?:(?:\\d+ ){2,}\\d+(?: " + step + ")?|(?:" + page + " )?\\d+ " + alt(t, Lexicon.PAGE_OF)
                + " \\d+|(?:" + step + " )?(?:\\d+ )+" + step + ")");
        timestamp = Pattern.compile("\\d{1,2}:\\d{2}(?: ?" + alt(t, Lexicon.TIME_SUFFIX) + ")?");
    }

    /** Lazy holder, built from the bundled tables on first use. */
    private static final class Holder {
        static final LineFeatures BUNDLED = new LineFeatures(CueTable.bundled());
    }

    static LineFeatures bundled() {
        return Holder.BUNDLED;
    }

    /** A regex group matching any form of {@code set} exactly, longest first. */
    private static String alt(CueTable t, Lexicon set) {
        StringBuilder sb = new StringBuilder("(?:");
        t.lexicon(set).stream().sorted((a, b) -> b.length() - a.length()).forEach(f -> {
            if (sb.length() > 3) {
                sb.append('|');
            }
            sb.append(Pattern.quote(f));
        });
        return sb.append(')').toString();
    }

    /** @return whether the key is a bare counter ("523", "1.2k") */
    static boolean counter(String key) {
        return key.length() <= 12 && COUNTER.matcher(key).matches();
    }

    /** @return whether the key is one network name ("فيسبوك", "Instagram") */
    boolean networkName(String key) {
        return networks.contains(key);
    }

    /** @return whether the key starts with a content opener ("وقال", "كما") */
    boolean opensContent(String key) {
        for (String opener : openers) {
            if (startsWithWord(key, opener)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first single-line feature that fires on a line.
     *
     * @param raw the line as written
     * @param key its {@link LineKey}
     * @return the kind and rule name, or null
     */
    Hit single(String raw, String key) {
        boolean digit = hasDigit(key);
        boolean dash = key.indexOf('-') >= 0;
        if (key.length() <= 24 && agencies.contains(key)) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:agency");
        }
        if (byline(key) || pen(key) || credit(raw, key)) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:byline");
        }
        if (digit && key.length() <= 160 && !statementEnd(raw) && postedOn(key)) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:posted-on");
        }
        if ((dash || key.indexOf('/') >= 0) && key.length() <= 40 && dateline.matcher(key).matches()) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:dateline");
        }
        if (categoryCrumb(raw)) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:category-crumb");
        }
        if (key.indexOf('.') >= 0 || raw.indexOf('@') >= 0 || key.length() <= 60) {
            Hit links = links(raw);
            if (links != null) {
                return links;
            }
        }
        if (breadcrumb(key)) {
            return new Hit(BoilerplateKind.NAVIGATION, "rule:breadcrumb");
        }
        if (digit && key.length() <= 60 && dateLine(key)) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:date-line");
        }
        if (digit && key.length() <= 24 && timestamp.matcher(key).matches()) {
            return new Hit(BoilerplateKind.BYLINE_META, "rule:timestamp");
        }
        if (digit && key.length() <= 60 && pagination.matcher(key).matches()) {
            return new Hit(BoilerplateKind.NAVIGATION, "rule:pagination");
        }
        if (key.length() <= 30 && key.indexOf('.') >= 0 && siteName.matcher(key).matches()) {
            return new Hit(BoilerplateKind.SIGNATURE, "rule:site-name");
        }
        if (key.length() <= 60 && sourceCredit(key)) {
            return new Hit(BoilerplateKind.SIGNATURE, "rule:source");
        }
        if (raw.indexOf('\u00A9') >= 0 && key.length() <= 160) {
            return new Hit(BoilerplateKind.LEGAL, "rule:copyright");
        }
        return null;
    }

    /**
     * "كتب في 1 ديسمبر، 2023 - 16:45", "نشر في: الأحد 12 ماي 2024": up to two words, a
     * "posted" word, then a number, a weekday or a month name, and a date or time somewhere.
     */
    private boolean postedOn(String key) {
        java.util.regex.Matcher m = posted.matcher(key);
        if (!m.matches() || !DATE_OR_TIME.matcher(key).find()) {
            return false;
        }
        String first = LineKey.of(m.group(1));
        return !first.isEmpty() && (Character.isDigit(first.charAt(0)) || weekdays.contains(first) || month(first));
    }

    /**
     * "الثلاثاء 5 نوفمبر 2024 - 10:30": only numbers, weekdays, month names of any
     * {@link MonthSystem}, date words and punctuation, with at least one number and one name.
     */
    private boolean dateLine(String key) {
        String[] tokens = key.split(" ");
        int numbers = 0;
        int names = 0;
        for (int k = 0; k < tokens.length; k++) {
            String t = LineKey.of(tokens[k]);
            if (t.isEmpty()) {
                continue;
            }
            if (DATE_NUMBER.matcher(t).matches()) {
                numbers++;
            } else if (weekdays.contains(t)) {
                names++;
            } else if (k + 1 < tokens.length && month(t + " " + LineKey.of(tokens[k + 1]))) {
                names++;
                k++;
            } else if (month(t)) {
                names++;
            } else if (!dateWords.contains(t)) {
                return false;
            }
        }
        return numbers > 0 && names > 0;
    }

    private static boolean month(String form) {
        for (MonthSystem system : MonthSystem.values()) {
            if (MonthNames.of(system).number(form).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "كتب - فلان", "كتبت: فلانة", "كتب/ فلان": a credit verb, a separator, a short name. */
    private boolean byline(String key) {
        for (String verb : creditVerbs) {
            if (!key.startsWith(verb) || key.length() == verb.length() || Character.isLetterOrDigit(key.charAt(verb.length()))) {
                continue;
            }
            int i = verb.length();
            while (i < key.length() && key.charAt(i) == ' ') {
                i++;
            }
            int sep = i;
            while (i < key.length() && "-:/".indexOf(key.charAt(i)) >= 0) {
                i++;
            }
            if (i > sep && (name(key.substring(i), 45, 6) || nameThenDate(key.substring(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "فلان | 10:25", "فلان - الأحد 3 نوفمبر 2024": a name, a bar or dash, then a date or time. */
    private boolean nameThenDate(String rest) {
        int bar = rest.indexOf('|');
        int dash = rest.indexOf(" - ");
        int sep = bar >= 0 && (dash < 0 || bar < dash) ? bar : dash;
        if (sep <= 0) {
            return false;
        }
        String tail = LineKey.of(rest.substring(sep + 1));
        return name(rest.substring(0, sep), 45, 6) && hasDigit(tail)
                && (timestamp.matcher(tail).matches() || dateLine(tail));
    }

    /** "بقلم فلان": a pen word, then a name. */
    private boolean pen(String key) {
        for (String p : pens) {
            if (key.length() > p.length() + 1 && key.startsWith(p) && key.charAt(p.length()) == ' '
                    && name(key.substring(p.length() + 1), 40, 5)) {
                return true;
            }
        }
        return false;
    }

    /** "(إعداد فلان للنشرة العربية - تحرير فلان)": a credit in parentheses. */
    private boolean credit(String raw, String key) {
        String s = raw.strip();
        if (s.length() < 6 || s.length() > 140 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')'
                || s.indexOf('(', 1) >= 0) {
            return false;
        }
        for (String verb : creditVerbs) {
            if (startsWithWord(key, verb) && key.length() > verb.length()) {
                return !hasDigit(key) && key.indexOf('\u060C') < 0;
            }
        }
        return false;
    }

    /** "المصدر: وكالات": a source label, a colon, a short credit. */
    private boolean sourceCredit(String key) {
        for (String label : sourceLabels) {
            if (key.startsWith(label)) {
                int i = label.length();
                while (i < key.length() && key.charAt(i) == ' ') {
                    i++;
                }
                if (i < key.length() && key.charAt(i) == ':') {
                    String rest = key.substring(i + 1).strip();
                    return rest.length() >= 2 && rest.indexOf('.') < 0 && rest.indexOf('\u060C') < 0;
                }
            }
        }
        return false;
    }

    /** A name: letters, spaces and initials' dots only, at most {@code maxWords} words. */
    static boolean name(String s, int maxChars, int maxWords) {
        String t = s.strip();
        if (t.length() < 2 || t.length() > maxChars) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && !(c == '.' && k + 1 < t.length() && t.charAt(k + 1) == ' ')) {
                return false;
            }
        }
        return words <= maxWords;
    }

    /**
     * A line of links, handles and network names; with at least one link it may also hold up to
     * three other words ("صفحتنا على فيسبوك: facebook.com/…"). Social links are FOLLOW, others
     * SIGNATURE; a line that ends a sentence is left alone.
     */
    private Hit links(String raw) {
        String lower = raw.strip().toLowerCase(Locale.ROOT);
        if (lower.length() > 200 || lower.isEmpty()) {
            return null;
        }
        boolean link = false;
        boolean social = false;
        int names = 0;
        int others = 0;
        String[] tokens = lower.split("\\s+");
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            if (linkToken.matcher(t).matches()) {
                link = true;
                social |= t.charAt(0) == '@' || socialHost(t);
            } else if (networks.contains(LineKey.of(t))) {
                names++;
            } else if (k + 1 < tokens.length && networks.contains(LineKey.of(t + " " + tokens[k + 1]))) {
                names++;
                k++;
            } else if (!LineKey.of(t).isEmpty()) {
                others++; // a word that is neither a link nor a network name
            }
        }
        if (others > 0 && (!link || others > 3 || sentenceEnd(raw))) {
            return null;
        }
        if (!link && names < 2) {
            return null;
        }
        social |= names > 0;
        return social ? new Hit(BoilerplateKind.FOLLOW, "rule:social-link") : new Hit(BoilerplateKind.SIGNATURE, "rule:site-link");
    }

    private boolean socialHost(String token) {
        for (String h : socialHosts) {
            if (token.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** "- في رياضة, الواجهة, آخر الأخبار": a dash, then short comma-separated categories. */
    static boolean categoryCrumb(String raw) {
        String s = raw.strip();
        if (s.length() > 90 || s.isEmpty() || "-\u2013\u2014\u0640".indexOf(s.charAt(0)) < 0 || sentenceEnd(s)) {
            return false;
        }
        int from = 0;
        while (from < s.length() && "-\u2013\u2014\u0640".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        String[] items = s.substring(from).split("[,\u060C]");
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
    static boolean breadcrumb(String key) {
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
            if ("\u00BB\u203A>/|\u2039<".indexOf(key.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code key} starts with {@code word} followed by a non-letter or the end. */
    static boolean startsWithWord(String key, String word) {
        return key.startsWith(word) && (key.length() == word.length() || !Character.isLetterOrDigit(key.charAt(word.length())));
    }

    /** The last character that is not whitespace, or 0. */
    private static int lastIndex(String raw) {
        int e = raw.length();
        while (e > 0 && (Character.isWhitespace(raw.charAt(e - 1)) || Character.isSpaceChar(raw.charAt(e - 1)))) {
            e--;
        }
        return e - 1;
    }

    /**
     * A line that ends a statement: a single {@code .} (not {@code ..}), {@code :}, {@code ،},
     * {@code ,}, {@code ;} or {@code ؛}.
     */
    static boolean statementEnd(String raw) {
        int e = lastIndex(raw);
        if (e < 0) {
            return false;
        }
        char c = raw.charAt(e);
        if (c == '.') {
            return e < 1 || raw.charAt(e - 1) != '.';
        }
        return c == ':' || c == '\u060C' || c == ',' || c == ';' || c == '\u061B';
    }

    /**
     * A line that ends a sentence of any sort: a statement, a question or exclamation ({@code ؟ ? !}),
     * an ellipsis ({@code …} or three dots), or a closed quotation that is a sentence itself (the
     * line opens with the quotation mark, or punctuation stands before the closing one).
     */
    static boolean sentenceEnd(String raw) {
        if (statementEnd(raw)) {
            return true;
        }
        int e = lastIndex(raw);
        if (e < 0) {
            return false;
        }
        char c = raw.charAt(e);
        if (c == '\u061F' || c == '?' || c == '!' || c == '\u2026') {
            return true;
        }
        if (c == '.') {
            return e >= 2 && raw.charAt(e - 1) == '.' && raw.charAt(e - 2) == '.';
        }
        if (c == '\u00BB' || c == '\u201D' || c == '"') {
            char before = e > 0 ? raw.charAt(e - 1) : ' ';
            if (".!?\u061F\u2026".indexOf(before) >= 0) {
                return true;
            }
            String s = raw.strip();
            char open = s.charAt(0);
            return s.length() > 1 && (open == '\u00AB' || open == '\u201C' || open == '"');
        }
        return false;
    }

    /** The number of Arabic letters in {@code s}. */
    static int arabicLetters(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '\u0621' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FF') {
                n++;
            }
        }
        return n;
    }

    /** The share of Arabic letters among all letters of {@code s} (0 when it has no letter). */
    static double arabicShare(String s) {
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                letters++;
            }
        }
        return letters == 0 ? 0 : arabicLetters(s) / (double) letters;
    }

    /** Digit runs of a key ("12 تعليق" → true for a number word); used by # in patterns. */
    static boolean number(String word) {
        return DIGIT_RUN.matcher(word).matches() || COUNTER.matcher(word).matches();
    }
}
