package io.github.akhbar.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled cue table ({@code cues.tsv}) and content openers ({@code content-openers.txt}),
 * loaded once, lazily, with keys folded by {@link LineKey#of}. Not API.
 */
final class CueTable {

    /** How a cue is compared with a line's key. */
    enum Match { LINE, PREFIX, CONTAINS }

    /** What a matching cue does. */
    enum Role { CUE, HEADER, AGGRESSIVE }

    /** One row of the table. */
    record Cue(BoilerplateKind kind, Match match, int maxLength, Role role, String cue, String key) {
    }

    static final String CUES = "cues.tsv";
    static final String OPENERS = "content-openers.txt";

    final Map<String, Cue> lines;
    final List<Cue> prefixes;
    final List<Cue> contains;
    final Set<String> openers;

    private CueTable(Map<String, Cue> lines, List<Cue> prefixes, List<Cue> contains, Set<String> openers) {
        this.lines = lines;
        this.prefixes = prefixes;
        this.contains = contains;
        this.openers = openers;
    }

    /** Lazy holder: the table is read on first use (Lucene's DefaultSetHolder idiom). */
    private static final class Holder {
        static final CueTable BUNDLED = load();
    }

    static CueTable bundled() {
        return Holder.BUNDLED;
    }

    private static CueTable load() {
        Map<String, Cue> lines = new HashMap<>();
        Map<String, Integer> prefixKeys = new HashMap<>();
        List<Cue> prefixes = new ArrayList<>();
        List<Cue> contains = new ArrayList<>();
        List<String> rows = read(CUES);
        boolean header = false;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            int lineNo = i + 1;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            if (!header) {
                if (f.length != 6 || !f[0].equals("kind") || !f[4].equals("cue")) {
                    throw broken(CUES, lineNo, "expected the header kind/match/maxlen/role/cue/source");
                }
                header = true;
                continue;
            }
            if (f.length != 6) {
                throw broken(CUES, lineNo, "expected 6 tab-separated columns, found " + f.length);
            }
            BoilerplateKind kind;
            Match match;
            Role role;
            int maxLength;
            try {
                kind = BoilerplateKind.valueOf(f[0]);
                match = Match.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
                role = Role.valueOf(f[3].toUpperCase(java.util.Locale.ROOT));
                maxLength = Integer.parseInt(f[2]);
            } catch (IllegalArgumentException e) {
                throw broken(CUES, lineNo, e.getMessage());
            }
            String key = LineKey.of(f[4]);
            if (key.isEmpty()) {
                throw broken(CUES, lineNo, "empty cue");
            }
            if (f[5].isBlank()) {
                throw broken(CUES, lineNo, "missing source for cue " + f[4]);
            }
            if (key.length() > maxLength) {
                throw broken(CUES, lineNo, "cue '" + f[4] + "' is longer than its maxlen " + maxLength);
            }
            Cue cue = new Cue(kind, match, maxLength, role, f[4], key);
            switch (match) {
                case LINE -> {
                    if (lines.putIfAbsent(key, cue) != null) {
                        throw broken(CUES, lineNo, "duplicate line cue '" + f[4] + "' (folds to '" + key + "')");
                    }
                }
                case PREFIX -> {
                    if (prefixKeys.putIfAbsent(key, lineNo) != null) {
                        throw broken(CUES, lineNo, "duplicate prefix cue '" + f[4] + "'");
                    }
                    prefixes.add(cue);
                }
                default -> contains.add(cue);
            }
        }
        if (!header) {
            throw broken(CUES, rows.size(), "no header row");
        }
        Set<String> openers = new HashSet<>();
        List<String> openerRows = read(OPENERS);
        for (int i = 0; i < openerRows.size(); i++) {
            String row = openerRows.get(i).strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (!openers.add(LineKey.of(row))) {
                throw broken(OPENERS, i + 1, "duplicate opener '" + row + "'");
            }
        }
        return new CueTable(Map.copyOf(lines), List.copyOf(prefixes), List.copyOf(contains), Set.copyOf(openers));
    }

    private static List<String> read(String name) {
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
