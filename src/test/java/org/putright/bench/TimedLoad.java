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

    static Result run(int threads, Duration warmUp, Duration measured, OperationFactory factory)
            throws InterruptedException {
        long start = System.nanoTime();
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
                    try {
                        while (true) {
                            long began = System.nanoTime();
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
