package io.github.akhbar.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundled cue table ({@code cues.tsv}) and word lists ({@code lexicons.tsv}), loaded once,
 * lazily, with every cue and form folded by {@link LineKey#of}. Not API.
 */
final class CueTable {

    /** How a cue is compared with a line's key. */
    enum Match { LINE, PREFIX, PATTERN }

    /** What a matching cue does. */
    enum Role { CUE, HEADER, AGGRESSIVE, NOTICE }

    /** The word lists of {@code lexicons.tsv}. */
    enum Lexicon {
        CREDIT_VERB, PEN, POSTED, AGENCY, SOURCE_LABEL, NETWORK, SOCIAL_HOST, TLD, PAGE, PAGE_OF, PAGE_STEP,
        TIME_SUFFIX, WEEKDAY, DATE_WORD, OPENER
    }

    /** A pattern word that stands for zero to four words. */
    static final String ANY = "*";
    /** A pattern word that stands for one number. */
    static final String NUMBER = "#";

    /**
     * One row of the table.
     *
     * @param words for {@link Match#PATTERN}, the folded words and wildcards; otherwise null
     * @param probe for a pattern, its longest literal word (a cheap pre-check); otherwise the key
     */
    record Cue(BoilerplateKind kind, Match match, int maxLength, Role role, String cue, String key, String[] words,
               String probe) {
    }

    static final String CUES = "cues.tsv";
    static final String LEXICONS = "lexicons.tsv";

    final Map<String, Cue> lines;
    final List<Cue> prefixes;
    final List<Cue> patterns;
    final Map<Lexicon, List<String>> lexicons;

    private CueTable(Map<String, Cue> lines, List<Cue> prefixes, List<Cue> patterns, Map<Lexicon, List<String>> lexicons) {
        this.lines = lines;
        this.prefixes = prefixes;
        this.patterns = patterns;
        this.lexicons = lexicons;
    }

    /** Lazy holder: the tables are read on first use (Lucene's DefaultSetHolder idiom). */
    private static final class Holder {
        static final CueTable BUNDLED = load(read(CUES), read(LEXICONS));
    }

    static CueTable bundled() {
        return Holder.BUNDLED;
    }

    /** @return the folded forms of one word list, in table order */
    List<String> lexicon(Lexicon set) {
        return lexicons.get(set);
    }

    /** Builds the tables from the rows of the two files; a broken row is an IllegalStateException. */
    static CueTable load(List<String> cueRows, List<String> lexiconRows) {
        Map<String, Cue> lines = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Cue> prefixes = new ArrayList<>();
        List<Cue> patterns = new ArrayList<>();
        for (String[] row : rows(CUES, cueRows, "kind\tmatch\tmaxlen\trole\tcue\tsource")) {
            int lineNo = Integer.parseInt(row[6]);
            BoilerplateKind kind;
            Match match;
            Role role;
            int maxLength;
            try {
                kind = BoilerplateKind.valueOf(row[0]);
                match = Match.valueOf(row[1].toUpperCase(Locale.ROOT));
                role = Role.valueOf(row[3].toUpperCase(Locale.ROOT));
                maxLength = Integer.parseInt(row[2]);
            } catch (IllegalArgumentException e) {
                throw broken(CUES, lineNo, e.getMessage());
            }
            String[] words = match == Match.PATTERN ? patternWords(row[4]) : null;
            String key = words != null ? String.join(" ", words) : LineKey.of(row[4]);
            if (key.isEmpty() || words != null && Arrays.stream(words).allMatch(w -> w.equals(ANY) || w.equals(NUMBER))) {
                throw broken(CUES, lineNo, "empty cue");
            }
            if (row[5].isBlank()) {
                throw broken(CUES, lineNo, "missing source for cue " + row[4]);
            }
            if (key.length() > maxLength) {
                throw broken(CUES, lineNo, "cue '" + row[4] + "' is longer than its maxlen " + maxLength);
            }
            if (role == Role.NOTICE && match == Match.LINE) {
                throw broken(CUES, lineNo, "role notice is for prefix and pattern rows, cue '" + row[4] + "'");
            }
            if (seen.putIfAbsent(match + "\t" + key, lineNo) != null) {
                throw broken(CUES, lineNo, "duplicate " + match.name().toLowerCase(Locale.ROOT) + " cue '" + row[4]
                        + "' (folds to '" + key + "')");
            }
            Cue cue = new Cue(kind, match, maxLength, role, row[4], key, words, probe(key, words));
            switch (match) {
                case LINE -> lines.put(key, cue);
                case PREFIX -> prefixes.add(cue);
                default -> patterns.add(cue);
            }
        }
        Map<Lexicon, Set<String>> sets = new EnumMap<>(Lexicon.class);
        for (Lexicon l : Lexicon.values()) {
            sets.put(l, new LinkedHashSet<>());
        }
        for (String[] row : rows(LEXICONS, lexiconRows, "set\tform\tsource")) {
            int lineNo = Integer.parseInt(row[3]);
            Lexicon set;
            try {
                set = Lexicon.valueOf(row[0]);
            } catch (IllegalArgumentException e) {
                throw broken(LEXICONS, lineNo, "unknown set " + row[0]);
            }
            String form = LineKey.of(row[1]);
            if (form.isEmpty() || row[2].isBlank()) {
                throw broken(LEXICONS, lineNo, "empty form or source");
            }
            if (!sets.get(set).add(form)) {
                throw broken(LEXICONS, lineNo, "duplicate " + set + " form '" + row[1] + "' (folds to '" + form + "')");
            }
        }
        Map<Lexicon, List<String>> lexicons = new EnumMap<>(Lexicon.class);
        for (Map.Entry<Lexicon, Set<String>> e : sets.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw broken(LEXICONS, lexiconRows.size(), "no form in set " + e.getKey());
            }
            lexicons.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return new CueTable(Map.copyOf(lines), List.copyOf(prefixes), List.copyOf(patterns), lexicons);
    }

    private static String probe(String key, String[] words) {
        if (words == null) {
            return key;
        }
        String best = "";
        for (String w : words) {
            if (!w.equals(ANY) && !w.equals(NUMBER) && w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    /** A pattern's words, each folded, wildcards kept. */
    private static String[] patternWords(String cue) {
        List<String> out = new ArrayList<>();
        for (String w : cue.strip().split("\\s+")) {
            if (w.equals(ANY) || w.equals(NUMBER)) {
                out.add(w);
            } else {
                String k = LineKey.of(w);
                if (!k.isEmpty()) {
                    out.addAll(List.of(k.split(" ")));
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The data rows of a table: comments and blank rows skipped, the header checked; each row's
     * columns followed by its 1-based line number.
     */
    private static List<String[]> rows(String file, List<String> raw, String header) {
        int columns = header.split("\t").length;
        List<String[]> out = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < raw.size(); i++) {
            String row = raw.get(i);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!row.equals(header)) {
                    throw broken(file, i + 1, "expected the header " + header.replace('\t', '/'));
                }
                headerSeen = true;
                continue;
            }
            String[] f = row.split("\t", -1);
            if (f.length != columns) {
                throw broken(file, i + 1, "expected " + columns + " tab-separated columns, found " + f.length);
            }
            String[] withLine = Arrays.copyOf(f, columns + 1);
            withLine[columns] = String.valueOf(i + 1);
            out.add(withLine);
        }
        if (!headerSeen) {
            throw broken(file, raw.size(), "no header row");
        }
        return out;
    }

    static List<String> read(String name) {
        InputStream in = CueTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + ": bundled table missing");
        }
        List<String> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                rows.add(s);
            }
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot read bundled table", e);
        }
        return rows;
    }

    private static IllegalStateException broken(String file, int line, String message) {
        return new IllegalStateException(file + " line " + line + ": " + message);
    }
}
