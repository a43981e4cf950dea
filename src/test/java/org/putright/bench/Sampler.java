package org.putright.bench;

import java.util.concurrent.Callable;

/** Times one request or query again and again from one client, after a warm-up. */
final class Sampler {

    private Sampler() {}

    static Latencies sample(int warmUp, int samples, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.call();
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long began = System.nanoTime();
            work.call();
            nanos[i] = System.nanoTime() - began;
        }
        return Latencies.of(nanos, samples);
    }
}
