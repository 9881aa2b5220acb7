package io.github.akhbar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reader for the bundled UTF-8 tables (number words, context words, month names): {@code #}
 * comments and blank lines are skipped, the first other line must be the expected header, every
 * row has the header's column count and a non-blank last column (its source). A broken table
 * fails with its file name and line number. Not API.
 */
public final class Tsv {

    /** Receives one data row. */
    public interface Row {
        /**
         * @param line the 1-based line number
         * @param cols the columns, as many as the header has
         * @throws IllegalArgumentException when the row is invalid (reported with file and line)
         */
        void accept(int line, String[] cols);
    }

    private Tsv() {
    }

    /**
     * Reads a bundled resource.
     *
     * @param owner  the class whose package holds the resource
     * @param file   the resource name, relative to {@code owner}
     * @param header the expected header line
     * @param row    receives each data row
     * @throws IllegalStateException naming the file and line when the table is missing or broken
     */
    public static void readResource(Class<?> owner, String file, String header, Row row) {
        InputStream in = owner.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException(file + ": bundled table missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            read(file, header, r, row);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    /**
     * Reads a table from {@code r}.
     *
     * @param file   names the table in error messages
     * @param header the expected header line
     * @param r      the table's text
     * @param row    receives each data row
     * @throws IOException           if {@code r} fails
     * @throws IllegalStateException naming the file and line when the table is broken
     */
    public static void read(String file, String header, BufferedReader r, Row row) throws IOException {
        int columns = header.split("\t", -1).length;
        String line;
        int no = 0;
        boolean seenHeader = false;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!seenHeader) {
                if (!line.equals(header)) {
                    throw new IllegalStateException(file + " line " + no + ": bad header '" + line + "'");
                }
                seenHeader = true;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != columns || cols[columns - 1].isBlank()) {
                throw new IllegalStateException(file + " line " + no + ": expected " + columns
                        + " columns with a source");
            }
            try {
                row.accept(no, cols);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + " line " + no + ": " + e.getMessage() + " in '" + line + "'", e);
            }
        }
        if (!seenHeader) {
            throw new IllegalStateException(file + " line " + no + ": no header");
        }
    }
}
