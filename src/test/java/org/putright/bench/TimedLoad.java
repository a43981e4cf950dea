package org.putright.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /**
     * @param windows the latencies of the operations due in each {@link #WINDOW} of the measured
     *     time, in order: a stall shows as the windows it spoils
     */
    record Result(
            Latencies latencies, List<Latencies> windows, Instant measuredFrom, Duration measured, long failures) {
        double throughputPerSecond() {
            return latencies.count() / (measured.toNanos() / 1e9);
        }

        /**
         * One line per window: when it began (also by the clock, in UTC, to set beside the
         * database's and the JVM's logs), how many finished, their median, p99 and slowest, and how
         * long the machine took over its unit of work then.
         */
        String timeline(MachineSpeed machine) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < windows.size(); i++) {
                Latencies window = windows.get(i);
                lines.append(String.format(
                        Locale.ROOT,
                        "    %3d s (%s): n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms; %s%n",
                        i * WINDOW.toSeconds(),
                        CLOCK_TIME.format(measuredFrom.plus(WINDOW.multipliedBy(i))),
                        window.count(),
                        window.percentileMillis(50),
                        window.percentileMillis(99),
                        window.percentileMillis(100),
                        machine.describe(measuredFrom.plus(WINDOW.multipliedBy(i)), WINDOW)));
            }
            return lines.toString();
        }

        String summary() {
            return String.format(
                    "%.1f per second; %s; failures %d", throughputPerSecond(), latencies.summary(), failures);
        }
    }

    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

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
        Instant startedAt = Instant.now();
        long interval = perSecond > 0 ? (long) (threads * 1e9 / perSecond) : 0;
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<long[]> recorded = new ArrayList<>();
        List<long[]> starts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        Object lock = new Object();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread.ofPlatform().name("load-" + t).start(() -> {
                long[] nanos = new long[1 << 16];
                long[] began = new long[1 << 16];
                int count = 0;
                try {
                    Operation operation = factory.open(thread);
                    long due = start + (interval * thread) / threads;
                    try {
                        while (true) {
                            long from = System.nanoTime();
                            if (interval > 0) {
                                if (due > from) {
                                    java.util.concurrent.locks.LockSupport.parkNanos(due - from);
                                }
                                from = due;
                                due += interval;
                            }
                            if (from >= measureUntil) {
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
                            if (from >= measureFrom && ended <= measureUntil) {
                                if (count == nanos.length) {
                                    nanos = Arrays.copyOf(nanos, count * 2);
                                    began = Arrays.copyOf(began, count * 2);
                                }
                                began[count] = from - measureFrom;
                                nanos[count++] = ended - from;
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
                        starts.add(began);
                        counts.add(count);
                    }
                    done.countDown();
                }
            });
        }
        done.await();
        return new Result(
                Latencies.of(recorded, counts),
                windows(recorded, starts, counts, measured),
                startedAt.plus(warmUp),
                measured,
                failures.get());
    }

    private static List<Latencies> windows(
            List<long[]> recorded, List<long[]> starts, List<Integer> counts, Duration measured) {
        int windows = (int) Math.ceil((double) measured.toNanos() / WINDOW.toNanos());
        long[][] nanos = new long[windows][16];
        int[] filled = new int[windows];
        for (int t = 0; t < recorded.size(); t++) {
            for (int i = 0; i < counts.get(t); i++) {
                int window = (int) Math.min(windows - 1, starts.get(t)[i] / WINDOW.toNanos());
                if (filled[window] == nanos[window].length) {
                    nanos[window] = Arrays.copyOf(nanos[window], filled[window] * 2);
                }
                nanos[window][filled[window]++] = recorded.get(t)[i];
            }
        }
        List<Latencies> result = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            result.add(Latencies.of(nanos[w], filled[w]));
        }
        return result;
    }
}
