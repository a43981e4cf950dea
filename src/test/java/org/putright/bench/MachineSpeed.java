package org.putright.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How fast this machine is running at each moment: two fixed pieces of work, each timed in the CPU
 * time of the thread doing it, four times a second. On a virtual machine whose host is busy, the
 * same work takes more CPU time, and every process on the machine slows together; this tells that
 * apart from Putright needing more for the same requests. The core's unit is dependent loads from a
 * table in the second-level cache; the memory's, dependent loads at random across 32 MB, more than
 * a share of the last-level cache, so that it slows when another tenant of the host fills that
 * cache or the memory bus. Together they take one to two per cent of one core. Under load the
 * units share the cores with everything else, so compare windows of one phase with each other; the
 * idle figures say how much the machine's own load slows the same work.
 */
final class MachineSpeed implements AutoCloseable {

    private static final Duration EVERY = Duration.ofMillis(250);
    private static final int TABLE_SIZE = 1 << 16;
    private static final int STEPS = 400_000;
    private static final int MEMORY_SIZE = 1 << 23;
    private static final int MEMORY_STEPS = 20_000;

    /** Which unit of work. */
    enum Unit {
        CORE,
        MEMORY
    }

    private record Sample(Instant at, long coreNanos, long memoryNanos) {
        long nanos(Unit unit) {
            return unit == Unit.CORE ? coreNanos : memoryNanos;
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int[] table = new int[TABLE_SIZE];
    private final int[] memory = new int[MEMORY_SIZE];
    private final List<Sample> samples = new ArrayList<>();
    private final Thread prober;
    private volatile boolean running = true;
    private volatile int sink;

    private MachineSpeed() {
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = (i * 0x9E3779B1) >>> 16;
        }
        // One cycle through every slot in random order (Sattolo's shuffle), so that each load's
        // address depends on the one before and none is where the one before was.
        for (int i = 0; i < MEMORY_SIZE; i++) {
            memory[i] = i;
        }
        Random random = new Random(20261206);
        for (int i = MEMORY_SIZE - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int swap = memory[i];
            memory[i] = memory[j];
            memory[j] = swap;
        }
        prober = Thread.ofPlatform().daemon().name("machine-speed").start(this::probe);
    }

    static MachineSpeed start() {
        return new MachineSpeed();
    }

    private void probe() {
        int result = 0;
        for (int i = 0; i < 200; i++) {
            result += coreUnit(i) + memoryUnit(i); // compiled before anything is timed
        }
        while (running) {
            long before = threads.getCurrentThreadCpuTime();
            result += coreUnit(result);
            long between = threads.getCurrentThreadCpuTime();
            result += memoryUnit(result);
            long after = threads.getCurrentThreadCpuTime();
            sink = result; // kept, so that the work cannot be left out
            synchronized (samples) {
                samples.add(new Sample(Instant.now(), between - before, after - between));
            }
            try {
                Thread.sleep(EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Dependent loads: each step's index comes from the one before, so no step can be skipped. */
    private int coreUnit(int seed) {
        int x = seed;
        for (int i = 0; i < STEPS; i++) {
            x = table[(x + i) & (TABLE_SIZE - 1)] ^ (x >>> 3);
        }
        return x;
    }

    private int memoryUnit(int seed) {
        int at = seed & (MEMORY_SIZE - 1);
        for (int i = 0; i < MEMORY_STEPS; i++) {
            at = memory[at];
        }
        return at;
    }

    /**
     * The median CPU time of a unit of work in the given span, in milliseconds; NaN if none was
     * timed in it.
     */
    double unitMillis(Unit unit, Instant from, Duration span) {
        Instant until = from.plus(span);
        long[] inSpan;
        synchronized (samples) {
            inSpan = samples.stream()
                    .filter(sample -> !sample.at().isBefore(from) && sample.at().isBefore(until))
                    .mapToLong(sample -> sample.nanos(unit))
                    .sorted()
                    .toArray();
        }
        return inSpan.length == 0 ? Double.NaN : inSpan[inSpan.length / 2] / 1e6;
    }

    /** Both units' times in the given span, for a line of figures. */
    String describe(Instant from, Duration span) {
        return String.format(
                Locale.ROOT,
                "machine's units: core %.2f ms, memory %.2f ms",
                unitMillis(Unit.CORE, from, span),
                unitMillis(Unit.MEMORY, from, span));
    }

    @Override
    public void close() {
        running = false;
        prober.interrupt();
    }
}
