package org.claimbridge.ehr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.claimbridge.sandbox.SandboxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox EHR: an MLLP listener on 127.0.0.1 that stores every message it receives as
 * {@code <root>/<time>-<MSH-10>.hl7} (bytes as received) and acknowledges it with AA, MSA-2 being the received
 * MSH-10. Spring-free; {@link SandboxEhrLifecycle} runs it inside the gateway.
 */
public final class SandboxEhrServer implements SandboxServer {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxEhrServer.class);
    private static final int START_BLOCK = 0x0b;
    private static final int END_BLOCK = 0x1c;
    private static final int CARRIAGE_RETURN = 0x0d;
    /** Largest frame accepted: 1 MiB; a longer frame closes the connection. */
    static final int MAX_FRAME_BYTES = 1 << 20;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ACK_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path rootDirectory;
    private final Clock clock;
    private final AtomicLong nextAckId = new AtomicLong(1);
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket server;
    private ExecutorService workers;

    /** @param rootDirectory the folder that receives the messages; created on start */
    public SandboxEhrServer(Path rootDirectory, Clock clock) {
        this.rootDirectory = Objects.requireNonNull(rootDirectory, "rootDirectory").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the folder and listens on 127.0.0.1.
     *
     * @param port TCP port, or 0 for a free one (see {@link #port()})
     * @throws IllegalStateException when the folder cannot be created or the port cannot be bound
     */
    @Override
    public synchronized void start(int port) {
        if (server != null) {
            throw new IllegalStateException("Sandbox EHR is already running on port " + port());
        }
        try {
            Files.createDirectories(rootDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox EHR cannot create " + rootDirectory + " (" + e
                    + "); point claimbridge.ehr.sandbox.root-directory to a writable folder", e);
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox EHR cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose a free port or 0", e);
        }
        workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-ehr");
            thread.setDaemon(true);
            return thread;
        });
        ServerSocket listening = server;
        workers.submit(() -> accept(listening));
        LOG.info("Sandbox EHR started on 127.0.0.1:{}, storing messages in {}", port(), rootDirectory);
    }

    /** Stops listening and closes open connections. Does nothing when it is not running. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        int port = port();
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Closing the sandbox EHR listener on port {} failed", port, e);
        }
        for (Socket connection : connections) {
            closeQuietly(connection);
        }
        workers.shutdownNow();
        awaitWorkers(port);
        server = null;
        workers = null;
        LOG.info("Sandbox EHR stopped on 127.0.0.1:{}", port);
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Returns the bound port.
     *
     * @throws IllegalStateException when the server is not running
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Sandbox EHR is not running; call start(port) first");
        }
        return server.getLocalPort();
    }

    /** Returns the folder where received messages are stored. */
    public Path rootDirectory() {
        return rootDirectory;
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket connection = listening.accept();
                workers.submit(() -> serve(connection));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                LOG.warn("Sandbox EHR failed to accept a connection", e);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        connections.add(connection);
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            byte[] frame;
            while ((frame = readFrame(in)) != null) {
                String controlId = store(frame);
                out.write(frame(acknowledgement(new String(frame, StandardCharsets.ISO_8859_1), controlId)));
                out.flush();
            }
        } catch (IOException e) {
            LOG.info("Sandbox EHR connection from {} ended: {}", connection.getRemoteSocketAddress(), e.toString());
        } finally {
            connections.remove(connection);
        }
    }

    /**
     * Waits for the accept and connection threads to end. The JDK closes a listening socket that a thread is blocked
     * on only when that thread returns from accept, so the port is free for a restart only after this.
     */
    private void awaitWorkers(int port) {
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Sandbox EHR threads on port {} did not end within 5 seconds", port);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket connection) {
        try {
            connection.close();
        } catch (IOException e) {
            LOG.debug("Closing a sandbox EHR connection failed", e);
        }
    }

    /** Stores the frame and returns its MSH-10 (empty when it has none). */
    private String store(byte[] frame) throws IOException {
        String text = new String(frame, StandardCharsets.ISO_8859_1);
        String controlId = ForwardMessage.controlId(text);
        String name = FILE_TIME.format(clock.instant()) + "-" + fileSafe(controlId == null ? "" : controlId);
        for (int suffix = 0; ; suffix++) {
            Path file = rootDirectory.resolve(name + (suffix == 0 ? "" : "-" + suffix) + ".hl7");
            try {
                Files.write(file, frame, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                LOG.info("Sandbox EHR stored MSH-10={} as {}", controlId, file.getFileName());
                return controlId == null ? "" : controlId;
            } catch (FileAlreadyExistsException taken) {
                // Same millisecond and control id: try the next suffix.
            }
        }
    }

    /** Builds an AA acknowledgement with the received sender and receiver swapped. */
    private String acknowledgement(String received, String controlId) {
        String[] msh = received.split("\r\n|\r|\n", 2)[0].split("\\|", -1);
        String sendingApplication = msh.length > 2 ? msh[2] : "";
        String sendingFacility = msh.length > 3 ? msh[3] : "";
        String version = msh.length > 11 ? msh[11] : "2.5.1";
        return "MSH|^~\\&|SBXEHR|SBXEHR|" + sendingApplication + "|" + sendingFacility + "|"
                + ACK_TIME.format(clock.instant()) + "||ACK|SBXEHR" + nextAckId.getAndIncrement() + "|P|" + version
                + "\rMSA|AA|" + controlId + "\r";
    }

    private static byte[] frame(String message) {
        byte[] body = message.getBytes(StandardCharsets.ISO_8859_1);
        byte[] framed = new byte[body.length + 3];
        framed[0] = START_BLOCK;
        System.arraycopy(body, 0, framed, 1, body.length);
        framed[body.length + 1] = END_BLOCK;
        framed[body.length + 2] = CARRIAGE_RETURN;
        return framed;
    }

    /** Reads one MLLP frame, or returns null at the end of the stream. */
    private static byte[] readFrame(InputStream in) throws IOException {
        int b = in.read();
        while (b != START_BLOCK) {
            if (b < 0) {
                return null;
            }
            b = in.read();
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (b = in.read(); b != END_BLOCK; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed inside a frame");
            }
            if (frame.size() >= MAX_FRAME_BYTES) {
                throw new IOException("frame longer than " + MAX_FRAME_BYTES + " bytes");
            }
            frame.write(b);
        }
        in.read();
        return frame.toByteArray();
    }

    private static String fileSafe(String controlId) {
        return controlId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
