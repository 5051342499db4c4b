package org.claimbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;

/**
 * The {@code load} subcommand: sends synthetic DFT^P03 messages over several MLLP connections, each
 * waiting for its acknowledgement before the next message, and prints throughput and acknowledgement
 * latency. Every message has a unique MSH-10 and visit number, so each one becomes a claim.
 */
public final class Hl7LoadCommand {

    private static final String USAGE = """
            Usage: java -jar claimbridge.jar load [--host HOST] [--port PORT] [--connections N] [--messages N]
                                                  [--warmup N]
              --host         address of the MLLP listener (default 127.0.0.1)
              --port         TCP port of the MLLP listener (default 2575)
              --connections  concurrent MLLP connections (default 8)
              --messages     messages to time, over all connections (default 20000)
              --warmup       messages sent first and not timed, so the JIT settles (default 20000)""";

    private static final int TIMEOUT_MILLIS = 30_000;

    private Hl7LoadCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        LoadSettings settings;
        try {
            settings = LoadSettings.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            send(settings, settings.warmup(), "W");
            LoadResult result = send(settings, settings.messages(), "L");
            out.println(result.describe(settings));
            return result.notAccepted() == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("Load run against " + settings.host() + ":" + settings.port() + " failed: " + e.getMessage());
            return 2;
        }
    }

    private static LoadResult send(LoadSettings settings, int total, String prefix) throws Exception {
        int perConnection = Math.max(1, total / settings.connections());
        long runId = System.currentTimeMillis();
        AtomicLong notAccepted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(settings.connections());
        long start = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int c = 0; c < settings.connections(); c++) {
                String idPrefix = prefix + runId + "C" + c + "N";
                results.add(pool.submit(() -> sendOnOneConnection(settings, perConnection, idPrefix, notAccepted)));
            }
            List<long[]> latencies = new ArrayList<>();
            for (Future<long[]> result : results) {
                latencies.add(result.get());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new LoadResult(all, elapsed, notAccepted.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] sendOnOneConnection(LoadSettings settings, int count, String idPrefix, AtomicLong notAccepted)
            throws IOException, LLPException {
        long[] latencies = new long[count];
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            MinLLPWriter writer = new MinLLPWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            MinLLPReader reader = new MinLLPReader(socket.getInputStream(), StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                String id = idPrefix + i;
                long sent = System.nanoTime();
                writer.writeMessage(SyntheticDftP03.message(id));
                String acknowledgement = reader.getMessage();
                latencies[i] = System.nanoTime() - sent;
                if (acknowledgement == null || !acknowledgement.contains("MSA|AA|")) {
                    notAccepted.incrementAndGet();
                }
            }
        }
        return latencies;
    }
}
