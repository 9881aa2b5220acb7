package io.github.akhbar.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream on a pool of threads, lazily, keeping input order, with at most {@code window}
 * elements in flight. The pool's threads are daemons and time out after a second without work,
 * so an abandoned, unclosed result stream does not keep threads alive; closing the result stops
 * them at once. Not API.
 */
public final class OrderedParallel {

    private OrderedParallel() {
    }

    /**
     * @param input   the elements, consumed lazily
     * @param fn      the function, run on worker threads
     * @param threads worker threads, {@code >= 1}
     * @param window  maximum elements in flight, {@code >= threads}
     * @return a sequential, ordered stream of the results; closing it stops the workers
     */
    public static <T, R> Stream<R> map(Stream<T> input, Function<? super T, ? extends R> fn, int threads, int window) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(fn, "fn");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window must be >= threads (" + threads + "), was " + window);
        }
        Iterator<T> source = input.iterator();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "akhbar-pipeline");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        Iterator<R> it = new Iterator<>() {
            private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

            private void fill() {
                while (pending.size() < window && source.hasNext()) {
                    T next = source.next();
                    pending.add(pool.submit(() -> fn.apply(next)));
                }
                if (pending.isEmpty()) {
                    pool.shutdown();
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !pending.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Future<R> f = pending.poll();
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new IllegalStateException("interrupted while waiting for a result", e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(c);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    pool.shutdownNow();
                    input.close();
                });
    }
}
