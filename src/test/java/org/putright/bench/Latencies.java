package org.putright.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies measured in one run, in nanoseconds, with their percentiles in milliseconds. */
record Latencies(long[] nanos) {

    static Latencies of(List<long[]> perThread, List<Integer> counts) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < perThread.size(); i++) {
            System.arraycopy(perThread.get(i), 0, all, at, counts.get(i));
            at += counts.get(i);
        }
        Arrays.sort(all);
        return new Latencies(all);
    }

    static Latencies of(long[] nanos, int count) {
        long[] all = Arrays.copyOf(nanos, count);
        Arrays.sort(all);
        return new Latencies(all);
    }

    int count() {
        return nanos.length;
    }

    /** The percentile by the nearest-rank method, in milliseconds. */
    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1_000_000.0;
    }

    String summary() {
        return String.format(
                "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
                count(), percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
