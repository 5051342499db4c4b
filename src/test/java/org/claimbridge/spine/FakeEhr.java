package org.claimbridge.spine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An EHR listener on 127.0.0.1 for fault tests. A message whose MSH-10 has a script gets the script's replies in
 * order, one per attempt, the last one repeating; every other message gets AA.
 */
final class FakeEhr implements AutoCloseable {

    /**
     * One scripted acknowledgement.
     *
     * @param code MSA-1, or null to close the connection without acknowledging
     * @param acknowledgedControlId MSA-2, or null to echo the received MSH-10
     */
    record Reply(String code, String acknowledgedControlId) {

        static final Reply CLOSE = new Reply(null, null);
    }

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();

    FakeEhr() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        workers.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Sets the replies to the message with this MSH-10. */
    void script(String controlId, List<Reply> replies) {
        scripts.put(controlId, new ArrayDeque<>(replies));
    }

    private Void accept() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                workers.submit(() -> serve(connection));
            } catch (IOException closed) {
                return null;
            }
        }
        return null;
    }

    private Void serve(Socket connection) throws IOException {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            String message;
            while ((message = readFrame(in)) != null) {
                String received = message.split("\r")[0].split("\\|", -1)[9];
                Reply reply = next(received);
                if (reply.code() == null) {
                    return null;
                }
                String ack = "MSH|^~\\&|FAKEEHR|FAKE|CLAIMBRIDGE|CB|20261201000000||ACK|F1|P|2.5.1\rMSA|"
                        + reply.code() + "|" + (reply.acknowledgedControlId() == null ? received
                        : reply.acknowledgedControlId()) + "\r";
                out.write(0x0b);
                out.write(ack.getBytes(StandardCharsets.ISO_8859_1));
                out.write(0x1c);
                out.write(0x0d);
                out.flush();
            }
        }
        return null;
    }

    private Reply next(String controlId) {
        Deque<Reply> script = scripts.get(controlId);
        if (script == null) {
            return new Reply("AA", null);
        }
        synchronized (script) {
            return script.size() > 1 ? script.removeFirst() : script.peekFirst();
        }
    }

    private static String readFrame(InputStream in) throws IOException {
        int b = in.read();
        while (b != 0x0b) {
            if (b < 0) {
                return null;
            }
            b = in.read();
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (b = in.read(); b != 0x1c && b >= 0; b = in.read()) {
            frame.write(b);
        }
        in.read();
        return frame.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
    }
}
