package io.github.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits input into {@code \n}-terminated lines of raw bytes (a {@code \r} before the {@code \n}
 * is dropped); decoding is left to the caller, so that the reading thread only splits and the
 * workers decode. Lines may be of any length (the buffer grows); memory is bounded by the longest
 * line. Not thread-safe.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number   1-based line number
     * @param bytes    the line's bytes, without the line break
     * @param rawBytes bytes consumed from the input for this line, line break included
     */
    record Line(long number, byte[] bytes, long rawBytes) {
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1 << 12];
    private long number;
    private boolean eof;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** @return lines returned so far (the number of the last one) */
    long lineNumber() {
        return number;
    }

    /**
     * @return the next line, or null at the end of input
     * @throws IOException if reading fails (a truncated gzip stream, for instance)
     */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        int len = 0;
        boolean sawAny = false;
        boolean sawNewline = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    eof = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int nl = -1;
            for (int i = chunkPos; i < chunkLen; i++) {
                if (chunk[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? chunkLen : nl;
            int n = end - chunkPos;
            if (len + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            }
            System.arraycopy(chunk, chunkPos, line, len, n);
            len += n;
            chunkPos = nl < 0 ? chunkLen : nl + 1;
            if (nl >= 0) {
                sawNewline = true;
                break;
            }
        }
        number++;
        long raw = len + (sawNewline ? 1L : 0L);
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        byte[] bytes = Arrays.copyOf(line, len);
        if (line.length > (1 << 20)) {
            line = new byte[1 << 12]; // do not keep a huge buffer after a huge line
        }
        return new Line(number, bytes, raw);
    }

    /**
     * Decodes strict UTF-8. The common case (valid input) takes the JDK's fast decoder; only
     * input whose fast decoding shows a replacement character is decoded again strictly, to tell
     * a real U+FFFD from an invalid byte.
     *
     * @throws MalformedInputException whose {@code getInputLength()} is the 0-based index of the
     *                                 first invalid byte
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out;
        try {
            out = decoder.decode(in);
        } catch (MalformedInputException e) {
            // report the position of the first bad byte, not the length of the bad sequence
            throw new MalformedInputException(in.position());
        }
        return out.toString();
    }
}
