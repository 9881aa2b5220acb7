package io.github.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Standard input that ends when the run is asked to stop. A blocking read on a pipe cannot be
 * interrupted, so a daemon thread pumps the underlying stream into a small bounded queue (at most
 * {@value #CHUNKS} chunks of 64 KiB) and {@link #read(byte[], int, int)} waits on that queue,
 * checking the stop flag every 50 ms; once the flag is set it reports the end of input. Not
 * thread-safe for readers (one reader thread).
 */
final class StopAwareInput extends InputStream {

    static final int CHUNKS = 4;
    private static final byte[] EOF = new byte[0];

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final AtomicBoolean stop;
    private byte[] current = new byte[0];
    private int pos;
    private boolean ended;
    private boolean cutShort;

    StopAwareInput(InputStream in, AtomicBoolean stop) {
        this.stop = stop;
        Thread pump = new Thread(() -> {
            try {
                while (true) {
                    byte[] buf = new byte[1 << 16];
                    int n = in.read(buf);
                    if (n < 0) {
                        break;
                    }
                    if (n > 0) {
                        put(n == buf.length ? buf : Arrays.copyOf(buf, n));
                    }
                }
                put(EOF);
            } catch (IOException e) {
                put(e);
            }
        }, "akhbar-stdin");
        pump.setDaemon(true);
        pump.start();
    }

    private void put(Object o) {
        try {
            while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean fill() throws IOException {
        while (pos == current.length) {
            if (ended) {
                return false;
            }
            Object o;
            try {
                o = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading standard input");
            }
            if (o == null) {
                if (stop.get()) {
                    ended = true;
                    cutShort = true;
                    return false;
                }
                continue;
            }
            if (o instanceof IOException e) {
                ended = true;
                throw e;
            }
            byte[] b = (byte[]) o;
            if (b.length == 0) {
                ended = true;
                return false;
            }
            current = b;
            pos = 0;
        }
        return true;
    }

    /** @return whether the input was ended by the stop flag rather than by its own end */
    boolean cutShort() {
        return cutShort;
    }

    @Override
    public int read() throws IOException {
        return fill() ? current[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        // standard input stays open for the process; the pump thread is a daemon
    }
}
