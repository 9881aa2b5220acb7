package io.github.akhbar.cli;

import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.TextProcessor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * The workers' side of {@code process}: turns a batch of raw inputs (JSONL lines or whole text
 * documents, as bytes) into output bytes, counts and messages. UTF-8 decoding, the binary check,
 * JSON parsing, the steps, JSON writing, UTF-8 encoding and, for a {@code .gz} output, gzip
 * compression all happen here, so that the reading thread only reads and splits lines. A batch's
 * output for a gzip file is one complete gzip member; concatenated members are one valid gzip
 * stream (RFC 1952 §2.2), read as such by every gzip reader.
 *
 * <p>Stateless apart from its configuration and the shared counters; safe for concurrent use.
 */
final class RecordWork implements Function<List<RecordWork.Item>, RecordWork.Batch> {

    /** What an item is. */
    enum Kind {
        /** One JSONL line: a record unless blank. */
        JSONL,
        /** A whole plain-text document: one record. */
        TEXT,
        /** An input that failed (cannot be opened, listed or read to its end); {@code message} says why. */
        INPUT_FAILED,
        /** A note to print in order, counting nothing. */
        NOTE
    }

    /**
     * One unit of input, in input order.
     *
     * @param kind    what it is
     * @param source  file name or {@code <stdin>}
     * @param line    1-based line number for a JSONL line, else 0
     * @param bytes   the raw bytes (JSONL line without its line break, or the whole document)
     * @param message for {@link Kind#INPUT_FAILED} and {@link Kind#NOTE}
     */
    record Item(Kind kind, String source, long line, byte[] bytes, String message) {
        static Item jsonl(String source, long line, byte[] bytes) {
            return new Item(Kind.JSONL, source, line, bytes, null);
        }

        static Item text(String source, byte[] bytes) {
            return new Item(Kind.TEXT, source, 0, bytes, null);
        }

        static Item inputFailed(String message) {
            return new Item(Kind.INPUT_FAILED, null, 0, new byte[0], message);
        }

        static Item note(String message) {
            return new Item(Kind.NOTE, null, 0, new byte[0], message);
        }

        long weight() {
            return bytes.length + 64L;
        }
    }

    /** A message for stderr, in input order. */
    record Message(Level level, String text) {
    }

    /** How a message is printed and counted. */
    enum Level {
        /** A failed record: {@code akhbar: error: ...}, counted as failed. */
        RECORD_FAILED,
        /** A failed input: {@code akhbar: error: ...}, counted as an input failed. */
        INPUT_FAILED,
        /** {@code akhbar: warning: ...}, counted; not printed with {@code --quiet}. */
        WARNING,
        /** {@code akhbar: ...}, not counted. */
        NOTE
    }

    /**
     * The result of one batch.
     *
     * @param output   the output bytes (JSONL lines, or one gzip member)
     * @param written  records written
     * @param messages errors, warnings and notes, in input order
     */
    record Batch(byte[] output, int written, List<Message> messages) {
    }

    private final Pipeline pipeline;
    private final LocalDate ref;
    private final boolean gzip;
    private final RunStats stats;
    private final Runnable onFailure;

    /**
     * @param onFailure called on the worker as soon as a record fails (for {@code --fail-fast})
     */
    RecordWork(Pipeline pipeline, LocalDate ref, boolean gzip, RunStats stats, Runnable onFailure) {
        this.pipeline = pipeline;
        this.ref = ref;
        this.gzip = gzip;
        this.stats = stats;
        this.onFailure = onFailure;
    }

    @Override
    public Batch apply(List<Item> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        List<Message> messages = new ArrayList<>(0);
        int written = 0;
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes, 1 << 16) : bytes) {
            for (Item item : items) {
                String json = switch (item.kind()) {
                    case JSONL -> jsonl(item, messages);
                    case TEXT -> text(item, messages);
                    case INPUT_FAILED -> {
                        messages.add(new Message(Level.INPUT_FAILED, item.message()));
                        onFailure.run();
                        yield null;
                    }
                    case NOTE -> {
                        messages.add(new Message(Level.NOTE, item.message()));
                        yield null;
                    }
                };
                if (json != null) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return new Batch(bytes.toByteArray(), written, messages);
    }

    /** @return the output line, or null (a blank line, or a failed record: a message says why) */
    private String jsonl(Item item, List<Message> messages) {
        String where = item.source() + ":" + item.line();
        String line = textOf(item.bytes(), true, where, messages);
        if (line == null || line.isBlank()) {
            return null; // blank lines separate nothing and are not records
        }
        try {
            Jsonl.Input input = Jsonl.parse(line, where, ref);
            for (String w : input.warnings()) {
                messages.add(new Message(Level.WARNING, where + ": " + w));
            }
            return run(input, where, messages);
        } catch (Jsonl.BadRecord e) {
            return failed(messages, where + ": " + e.getMessage());
        }
    }

    private String text(Item item, List<Message> messages) {
        String where = item.source();
        String text = textOf(item.bytes(), false, where, messages);
        if (text == null) {
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte order mark is not part of the document
        }
        Document doc = Document.builder(text).id(where).publishedOn(ref).build();
        return run(new Jsonl.Input(doc, List.of(), List.of()), where, messages);
    }

    /**
     * @param line whether the bytes are one JSONL line (positions in the line) or a whole document
     * @return the bytes as text, or null once a message says why they are not (binary data,
     *         invalid UTF-8)
     */
    private String textOf(byte[] b, boolean line, String where, List<Message> messages) {
        String binary = binary(b, line ? -1 : 1);
        if (binary != null) {
            return failed(messages, where + ": " + binary);
        }
        try {
            return LineReader.decode(b);
        } catch (CharacterCodingException e) {
            return failed(messages, where + ": invalid UTF-8" + at(e) + (line ? " of the line" : ""));
        }
    }

    private String run(Jsonl.Input input, String where, List<Message> messages) {
        try {
            Document d = input.document();
            List<TextProcessor> steps = pipeline.steps();
            for (int i = 0; i < steps.size(); i++) {
                long t0 = System.nanoTime();
                d = steps.get(i).process(d);
                stats.stepNanos[i].add(System.nanoTime() - t0);
            }
            return Jsonl.write(d, input.passThrough());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // processors are total, so this is a bug; the record is reported, the run goes on
            return failed(messages, where + ": processing failed: " + e);
        }
    }

    private String failed(List<Message> messages, String text) {
        messages.add(new Message(Level.RECORD_FAILED, text));
        onFailure.run();
        return null;
    }

    private static String at(CharacterCodingException e) {
        return e instanceof MalformedInputException m ? " at byte " + m.getInputLength() : "";
    }

    /**
     * Whether bytes are binary data rather than text: they hold a NUL byte, or more than 10% of
     * them are control characters other than tab, line feed, vertical tab, form feed, carriage
     * return and escape (C0 controls and DEL). Valid UTF-8 such as a NUL-filled file would
     * otherwise pass as a document.
     *
     * @param firstLine 1 to report the line of the first offending byte ({@code "on line N"}), or
     *                  -1 to report its byte index ({@code "at byte N of the line"}, for a JSONL line)
     * @return why the bytes are binary, or null if they are text
     */
    static String binary(byte[] b, int firstLine) {
        int controls = 0;
        int firstControl = -1;
        int firstNul = -1;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 || c == 0x7f) {
                if (c == 0 && firstNul < 0) {
                    firstNul = i;
                }
                if (c != '\t' && c != '\n' && c != 0x0b && c != '\f' && c != '\r' && c != 0x1b) {
                    controls++;
                    if (firstControl < 0) {
                        firstControl = i;
                    }
                }
            }
        }
        if (firstNul >= 0) {
            return "binary data, not text (NUL byte " + position(b, firstNul, firstLine) + ")";
        }
        if (controls > 0 && controls * 10L > b.length) {
            return String.format(Locale.ROOT, "binary data, not text (%d%% control characters, the first %s)",
                    controls * 100L / b.length, position(b, firstControl, firstLine));
        }
        return null;
    }

    private static String position(byte[] b, int index, int firstLine) {
        if (firstLine < 0) {
            return "at byte " + index + " of the line";
        }
        long line = firstLine;
        for (int i = 0; i < index; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return "on line " + line;
    }
}
