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
 * Reads {@code \n}-terminated lines of bytes and decodes each as strict UTF-8, so that invalid
 * input is reported with its line number instead of being replaced. Lines may be of any length
 * (the buffer grows); memory is bounded by the longest line. Not thread-safe.
 */
final class LineReader {

    /** One line: its 1-based number and either its text or a decoding error. */
    record Line(long number, String text, String error, long bytes) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1 << 12];
    private long number;
    private boolean eof;

    LineReader(InputStream in) {
        this.in = in;
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
                break;
            }
        }
        number++;
        long bytes = len + 1L;
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        try {
            String s = decode(line, 0, len, decoder);
            if (line.length > (1 << 20)) {
                line = new byte[1 << 12]; // do not keep a huge buffer after a huge line
            }
            return new Line(number, s, null, bytes);
        } catch (MalformedInputException e) {
            return new Line(number, null, "invalid UTF-8 at byte " + e.getInputLength() + " of the line", bytes);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "invalid UTF-8: " + e, bytes);
        }
    }

    static String decode(byte[] bytes, int off, int len, CharsetDecoder decoder) throws CharacterCodingException {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out;
        try {
            out = decoder.decode(in);
        } catch (MalformedInputException e) {
            // report the position of the first bad byte, not the length of the bad sequence
            throw new MalformedInputException(in.position() - off);
        }
        return out.toString();
    }
}
