package org.putright.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast this machine is running at each moment: a fixed piece of work, timed in the CPU time of
 * the thread doing it, four times a second. On a virtual machine whose host is busy, the same work
 * takes more CPU time, and every process on the machine slows together; this tells that apart from
 * Putright needing more for the same requests. The work (about a millisecond of dependent loads
 * from a table in the second-level cache) takes under half a per cent of one core.
 */
final class MachineSpeed implements AutoCloseable {

    private static final Duration EVERY = Duration.ofMillis(250);
    private static final int TABLE_SIZE = 1 << 16;
    private static final int STEPS = 400_000;

    private record Sample(Instant at, long cpuNanos) {}

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int[] table = new int[TABLE_SIZE];
    private final List<Sample> samples = new ArrayList<>();
    private final Thread prober;
    private volatile boolean running = true;
    private volatile int sink;

    private MachineSpeed() {
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = (i * 0x9E3779B1) >>> 16;
        }
        prober = Thread.ofPlatform().daemon().name("machine-speed").start(this::probe);
    }

    static MachineSpeed start() {
        return new MachineSpeed();
    }

    private void probe() {
        for (int i = 0; i < 200; i++) {
            sink += unitOfWork(i); // compiled before anything is timed
        }
        while (running) {
            long before = threads.getCurrentThreadCpuTime();
            sink += unitOfWork(sink);
            long took = threads.getCurrentThreadCpuTime() - before;
            synchronized (samples) {
                samples.add(new Sample(Instant.now(), took));
            }
            try {
                Thread.sleep(EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Dependent loads: each step's index comes from the one before, so no step can be skipped. */
    private int unitOfWork(int seed) {
        int x = seed;
        for (int i = 0; i < STEPS; i++) {
            x = table[(x + i) & (TABLE_SIZE - 1)] ^ (x >>> 3);
        }
        return x;
    }

    /**
     * The median CPU time of the unit of work in the given span, in milliseconds; NaN if none was
     * timed in it.
     */
    double unitMillis(Instant from, Duration span) {
        Instant until = from.plus(span);
        long[] inSpan;
        synchronized (samples) {
            inSpan = samples.stream()
                    .filter(sample -> !sample.at().isBefore(from) && sample.at().isBefore(until))
                    .mapToLong(Sample::cpuNanos)
                    .sorted()
                    .toArray();
        }
        return inSpan.length == 0 ? Double.NaN : inSpan[inSpan.length / 2] / 1e6;
    }

    @Override
    public void close() {
        running = false;
        prober.interrupt();
    }
}
