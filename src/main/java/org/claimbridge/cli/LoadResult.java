package org.claimbridge.cli;

import java.time.Duration;

/** Timings of a {@code load} run: acknowledgement latencies in nanoseconds, sorted ascending. */
record LoadResult(long[] sortedLatencies, Duration elapsed, long notAccepted) {

    String describe(LoadSettings settings) {
        double seconds = elapsed.toNanos() / 1e9;
        return String.format(
                "%d messages over %d connections in %.2f s: %.0f messages/s; acknowledgement latency p50 %.2f ms,"
                        + " p99 %.2f ms, max %.2f ms; not AA: %d",
                sortedLatencies.length, settings.connections(), seconds, sortedLatencies.length / seconds,
                millis(percentile(0.50)), millis(percentile(0.99)), millis(percentile(1.0)), notAccepted);
    }

    private long percentile(double fraction) {
        if (sortedLatencies.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedLatencies.length) - 1;
        return sortedLatencies[Math.max(0, Math.min(index, sortedLatencies.length - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
