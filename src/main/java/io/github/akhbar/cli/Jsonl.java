package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CLI's record format, usable on its own (for example from a Spark job, so that its output is
 * byte-for-byte the CLI's): one JSON object per line in, one per line out. See {@code docs/cli.md}.
 *
 * <pre>
 * in:  {"id": "a1", "text": "...", "date": "2024-11-08", "site": "x"}
 * out: {"id": "a1", "text": &lt;view&gt;, "annotations": [...], "date": "2024-11-08", "site": "x"}
 * a line that is not an object, has no "text", or a non-string "text"   Jsonl.BadRecord
 * </pre>
 *
 * <p>This class has no state and is safe for concurrent use.
 */
public final class Jsonl {

    /**
     * Strings and numbers of any length (a document may be one 50 MB line); Jackson's other
     * defaults stay: field names up to 50,000 chars, nesting up to 1,000 levels (a deeper record
     * is reported as malformed JSON, like any other bad record).
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
            .build();

    /** One input record: its document and the fields to copy through, as raw JSON. */
    record Input(Document document, List<Map.Entry<String, String>> passThrough, List<String> warnings) {
    }

    /** A record that could not be read; the message says why. */
    public static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecord(String message) {
            super(message, null, false, false);
        }
    }

    private Jsonl() {
    }

    /**
     * Processes one JSONL record exactly as {@code akhbar process} does.
     *
     * @param pipeline  the steps to run
     * @param line      one JSON object
     * @param defaultId id for a record without {@code "id"}
     * @param ref       reference date for a record without a usable {@code "date"}, or null
     * @return the output record, one line of JSON without the line break
     * @throws BadRecord if the line is not a valid input record
     */
    public static String processLine(io.github.akhbar.Pipeline pipeline, String line, String defaultId, LocalDate ref)
            throws BadRecord {
        Input in = parse(line, defaultId, ref);
        try {
            return write(pipeline.process(in.document()), in.passThrough());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * One output line and the warnings {@code akhbar process} would print for its record.
     *
     * @param json     the output record, one line of JSON without the line break
     * @param warnings the record's warnings (an unusable {@code "date"}, a replaced
     *                 {@code "annotations"} field); unmodifiable
     */
    public record Result(String json, List<String> warnings) {
        /** Copies the warnings. */
        public Result {
            java.util.Objects.requireNonNull(json, "json");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Like {@link #processLine}, also returning the warnings the CLI prints for the record.
     *
     * @param pipeline  the steps
     * @param line      one input line (a JSON object with a string {@code "text"})
     * @param defaultId id used when the record has none
     * @param ref       reference date used when the record has no usable {@code "date"} (may be null)
     * @return the output line and the warnings
     * @throws BadRecord if the line is not a valid input record
     */
    public static Result processRecord(io.github.akhbar.Pipeline pipeline, String line, String defaultId,
                                       LocalDate ref) throws BadRecord {
        Input in = parse(line, defaultId, ref);
        try {
            return new Result(write(pipeline.process(in.document()), in.passThrough()), in.warnings());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Parses one JSONL line.
     *
     * @param line      the line
     * @param defaultId id used when the record has none
     * @param ref       reference date used when the record has no usable {@code "date"} (may be null)
     */
    static Input parse(String line, String defaultId, LocalDate ref) throws BadRecord {
        String text = null;
        String id = null;
        LocalDate date = null;
        boolean textSeen = false;
        List<Map.Entry<String, String>> pass = new ArrayList<>();
        List<String> warnings = new ArrayList<>(0);
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRecord("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "text" -> {
                        textSeen = true;
                        if (v != JsonToken.VALUE_STRING) {
                            throw new BadRecord("\"text\" must be a string, was " + describe(v));
                        }
                        text = p.getText();
                    }
                    case "id" -> {
                        if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT) {
                            id = p.getText();
                        } else if (v != JsonToken.VALUE_NULL) {
                            throw new BadRecord("\"id\" must be a string or an integer, was " + describe(v));
                        }
                    }
                    case "annotations" -> {
                        p.skipChildren();
                        warnings.add("input field \"annotations\" replaced by the output annotations");
                    }
                    default -> {
                        if (name.equals("date") && v == JsonToken.VALUE_STRING) {
                            String s = p.getText();
                            date = parseDate(s);
                            if (date == null) {
                                warnings.add("\"date\" value '" + s + "' is not a date (yyyy-MM-dd, yyyy/MM/dd or dd/MM/yyyy), ignored as reference");
                            }
                        }
                        StringWriter raw = new StringWriter();
                        try (JsonGenerator g = FACTORY.createGenerator(raw)) {
                            g.copyCurrentStructure(p);
                        }
                        pass.add(Map.entry(name, raw.toString()));
                    }
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new BadRecord("malformed JSON object");
            }
            if (p.nextToken() != null) {
                throw new BadRecord("trailing content after the JSON object");
            }
        } catch (IOException e) {
            throw new BadRecord("malformed JSON: " + firstLine(e.getMessage()));
        }
        if (!textSeen) {
            throw new BadRecord("missing \"text\" field");
        }
        Document doc = Document.builder(text).id(id == null ? defaultId : id)
                .publishedOn(date != null ? date : ref).build();
        return new Input(doc, pass, warnings);
    }

    /**
     * The publication date of a {@code "date"} value: its first ten characters as
     * {@code yyyy-MM-dd}, {@code yyyy/MM/dd} or {@code dd/MM/yyyy} (also with {@code -} or
     * {@code .}), ASCII digits only, a real calendar date; anything may follow except another
     * digit (of any script). Parsed by hand: this runs for every record, and {@code LocalDate.parse} costs a
     * formatter per call.
     *
     * @return the date, or null if the value is not one
     */
    static LocalDate parseDate(String s) {
        if (s.length() < 10 || (s.length() > 10 && Character.isDigit(s.charAt(10)))) {
            return null;
        }
        int y;
        int m;
        int d;
        char c4 = s.charAt(4);
        char c2 = s.charAt(2);
        if ((c4 == '-' || c4 == '/') && s.charAt(7) == c4) { // yyyy-MM-dd, yyyy/MM/dd
            y = digits(s, 0, 4);
            m = digits(s, 5, 7);
            d = digits(s, 8, 10);
        } else if ((c2 == '/' || c2 == '-' || c2 == '.') && s.charAt(5) == c2) { // dd/MM/yyyy
            d = digits(s, 0, 2);
            m = digits(s, 3, 5);
            y = digits(s, 6, 10);
        } else {
            return null;
        }
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null; // 31 April, 29 February of a common year
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the ASCII digits {@code s[from, to)} as a number, or -1 if one is not a digit */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case VALUE_NULL -> "null";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> String.valueOf(t);
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Writes one output record as a single line (no trailing newline). */
    static String write(Document doc, List<Map.Entry<String, String>> passThrough) throws IOException {
        StringWriter w = new StringWriter(doc.text().length() * 2 + 64);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeFieldName("id");
            if (doc.id().isPresent()) {
                g.writeString(doc.id().get());
            } else {
                g.writeNull();
            }
            g.writeStringField("text", doc.text());
            g.writeArrayFieldStart("annotations");
            String original = doc.original();
            for (Annotation a : doc.annotations()) {
                Span s = a.span();
                g.writeStartObject();
                g.writeStringField("type", a.type());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("text", original.substring(s.start(), s.end()));
                for (Map.Entry<String, Object> e : a.attributes().entrySet()) {
                    g.writeFieldName(e.getKey());
                    writeValue(g, e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            for (Map.Entry<String, String> e : passThrough) {
                g.writeFieldName(e.getKey());
                g.writeRawValue(e.getValue());
            }
            g.writeEndObject();
        }
        return w.toString();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object o : it) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }
}
