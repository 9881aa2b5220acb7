package io.github.akhbar.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The runner of {@code process} and of {@code bench}'s threaded row: items submitted by one
 * thread are grouped in batches, each batch runs on a pool of worker threads, and the batch
 * results reach the sink on the submitting thread, in submission order.
 *
 * <ul>
 *   <li>A batch closes at {@link #BATCH_ITEMS} items or {@link #BATCH_WEIGHT} weight (bytes of
 *       input), so that per-task overhead stays small next to the work.</li>
 *   <li>Memory in flight is bounded by weight, not by a count of batches: the input weight of every
 *       batch not yet handed to the sink, plus the result weight (bytes of output) of those
 *       already finished, stays within the budget, except that one batch is always allowed
 *       (a single record larger than the budget still runs). At most {@code 4 * threads} batches
 *       are in flight whatever their weight.</li>
 *   <li>With one thread there is no pool: each batch runs on the submitting thread when it
 *       closes.</li>
 *   <li>A sink exception (an output that cannot be written) propagates from {@link #submit} or
 *       {@link #finish}; the results still in flight are then dropped by {@link #close}.</li>
 * </ul>
 *
 * <p>Not thread-safe: one thread submits, finishes and closes.
 */
final class OrderedBatches<T, R> implements AutoCloseable {

    static final int BATCH_ITEMS = 64;
    static final long BATCH_WEIGHT = 1 << 17;

    private final Function<List<T>, R> work;
    private final ToLongFunction<T> itemWeight;
    private final ToLongFunction<R> resultWeight;
    private final Consumer<R> sink;
    private final long budget;
    private final int maxBatches;
    private final ExecutorService pool;
    private final ArrayDeque<Pending<R>> pending = new ArrayDeque<>();
    private List<T> batch = new ArrayList<>();
    private long batchWeight;

    /** A batch in flight: its input weight, and its result weight once it is done. */
    private static final class Pending<R> {
        final long in;
        volatile long out;
        Future<R> future;

        Pending(long in) {
            this.in = in;
        }
    }

    /**
     * @param threads      worker threads; 1 runs every batch on the submitting thread
     * @param budget       bytes of input and output allowed in flight
     * @param work         runs one batch, on a worker; must not throw (a throw is a bug and
     *                     ends the run with an {@link IllegalStateException})
     * @param itemWeight   input bytes of an item
     * @param resultWeight output bytes of a result
     * @param sink         receives the results in order, on the submitting thread
     */
    OrderedBatches(int threads, long budget, Function<List<T>, R> work, ToLongFunction<T> itemWeight,
                   ToLongFunction<R> resultWeight, Consumer<R> sink) {
        this.work = Objects.requireNonNull(work, "work");
        this.itemWeight = Objects.requireNonNull(itemWeight, "itemWeight");
        this.resultWeight = Objects.requireNonNull(resultWeight, "resultWeight");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.budget = budget;
        this.maxBatches = 4 * threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "akhbar-worker");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /**
     * The in-flight budget for a heap: a quarter of the maximum heap, at most 64 MB.
     *
     * @param maxHeap {@link Runtime#maxMemory()}
     */
    static long budgetFor(long maxHeap) {
        return Math.max(BATCH_WEIGHT, Math.min(64L << 20, maxHeap / 4));
    }

    /** Adds an item; may run a batch or hand finished results to the sink first. */
    void submit(T item) {
        batch.add(item);
        batchWeight += itemWeight.applyAsLong(item);
        if (batch.size() >= BATCH_ITEMS || batchWeight >= BATCH_WEIGHT) {
            flushBatch();
        }
    }

    /** Runs the open batch and hands every result to the sink. */
    void finish() {
        flushBatch();
        while (!pending.isEmpty()) {
            drainOne();
        }
    }

    private void flushBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<T> items = batch;
        long weight = batchWeight;
        batch = new ArrayList<>();
        batchWeight = 0;
        if (pool == null) {
            sink.accept(work.apply(items));
            return;
        }
        while (!pending.isEmpty() && pending.peek().future.isDone()) {
            drainOne();
        }
        while (!pending.isEmpty() && (pending.size() >= maxBatches || inFlight() + weight > budget)) {
            drainOne();
        }
        Pending<R> p = new Pending<>(weight);
        p.future = pool.submit(() -> {
            R r = work.apply(items);
            p.out = resultWeight.applyAsLong(r);
            return r;
        });
        pending.add(p);
    }

    private long inFlight() {
        long sum = 0;
        for (Pending<R> p : pending) {
            sum += p.in + p.out;
        }
        return sum;
    }

    private void drainOne() {
        Pending<R> p = pending.poll();
        R r;
        try {
            r = p.future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        }
        sink.accept(r);
    }

    /** Stops the workers; results not yet handed to the sink are dropped. */
    @Override
    public void close() {
        pending.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
