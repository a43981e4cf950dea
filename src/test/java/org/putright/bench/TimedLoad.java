package org.putright.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one piece of work from N threads for a fixed time after a warm-up, recording the latency of
 * every operation that finished inside the measured window. The same harness drives Putright's API
 * and its ceiling, so that both are measured the same way.
 */
final class TimedLoad {

    /** One worker's operation; each thread gets its own, holding its own connection. */
    interface Operation {
        void run(int thread, long sequence) throws Exception;

        default void close() throws Exception {}
    }

    interface OperationFactory {
        Operation open(int thread) throws Exception;
    }

    record Result(Latencies latencies, Duration measured, long failures) {
        double throughputPerSecond() {
            return latencies.count() / (measured.toNanos() / 1e9);
        }

        String summary() {
            return String.format(
                    "%.1f per second; %s; failures %d", throughputPerSecond(), latencies.summary(), failures);
        }
    }

    private TimedLoad() {}

    /** Each thread runs its operations back to back: the most the system takes (a closed loop). */
    static Result run(int threads, Duration warmUp, Duration measured, OperationFactory factory)
            throws InterruptedException {
        return run(threads, warmUp, measured, 0, factory);
    }

    /**
     * The threads together start {@code perSecond} operations a second, evenly spaced, whatever the
     * system answers (an open loop, as requests arrive from many people). Each latency is measured
     * from when its operation was due to start, so an operation held up behind a slow one counts its
     * wait too; {@code perSecond} 0 runs them back to back instead.
     */
    static Result run(int threads, Duration warmUp, Duration measured, double perSecond, OperationFactory factory)
            throws InterruptedException {
        long start = System.nanoTime();
        long interval = perSecond > 0 ? (long) (threads * 1e9 / perSecond) : 0;
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<long[]> recorded = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        Object lock = new Object();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread.ofPlatform().name("load-" + t).start(() -> {
                long[] nanos = new long[1 << 16];
                int count = 0;
                try {
                    Operation operation = factory.open(thread);
                    long due = start + (interval * thread) / threads;
                    try {
                        while (true) {
                            long began = System.nanoTime();
                            if (interval > 0) {
                                if (due > began) {
                                    java.util.concurrent.locks.LockSupport.parkNanos(due - began);
                                }
                                began = due;
                                due += interval;
                            }
                            if (began >= measureUntil) {
                                break;
                            }
                            try {
                                operation.run(thread, sequence.incrementAndGet());
                            } catch (Exception e) {
                                if (failures.incrementAndGet() <= 5) {
                                    System.err.println("failed: " + e);
                                }
                                continue;
                            }
                            long ended = System.nanoTime();
                            if (began >= measureFrom && ended <= measureUntil) {
                                if (count == nanos.length) {
                                    nanos = Arrays.copyOf(nanos, count * 2);
                                }
                                nanos[count++] = ended - began;
                            }
                        }
                    } finally {
                        operation.close();
                    }
                } catch (Exception e) {
                    System.err.println("worker " + thread + " stopped: " + e);
                } finally {
                    synchronized (lock) {
                        recorded.add(nanos);
                        counts.add(count);
                    }
                    done.countDown();
                }
            });
        }
        done.await();
        return new Result(Latencies.of(recorded, counts), measured, failures.get());
    }
}
