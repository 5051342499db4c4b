package org.claimbridge.eligibility;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.claimbridge.sandbox.SandboxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox clearinghouse's CAQH CORE real-time eligibility endpoint: an HTTPS server on 127.0.0.1 that
 * accepts multipart 270s at {@value #PATH}, stores each under {@code <root>/eligibility/<PayloadID>.x12} and
 * responds with a 271 built from the roster CSV. Spring-free; {@link SandboxEligibilityLifecycle} runs it inside
 * the gateway.
 */
public final class SandboxEligibilityServer implements SandboxServer {

    /** Path of the CORE real-time endpoint. */
    public static final String PATH = "/core/realtime";
    /** Folder under the sandbox root where received 270s are stored. */
    public static final String INQUIRY_FOLDER = "eligibility";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxEligibilityServer.class);
    private static final int WORKER_THREADS = 4;
    /** The only address the sandbox binds to, so that it is never reachable from another host. */
    private static final String LOOPBACK = "127.0.0.1";

    private final Path rootDirectory;
    private final Path rosterFile;
    private final Path keyStoreFile;
    private final Path keyStorePasswordFile;
    private final Clock clock;
    private HttpsServer server;
    private ExecutorService workers;

    /**
     * Creates a stopped server.
     *
     * @param rootDirectory the sandbox root; 270s are stored in its {@value #INQUIRY_FOLDER} folder
     * @param rosterFile the roster CSV (see {@link EligibilityRoster})
     * @param keyStoreFile PKCS12 key store with the TLS key and certificate
     * @param keyStorePasswordFile file whose first line is the key store password
     */
    public SandboxEligibilityServer(Path rootDirectory, Path rosterFile, Path keyStoreFile,
            Path keyStorePasswordFile, Clock clock) {
        this.rootDirectory = Objects.requireNonNull(rootDirectory, "rootDirectory");
        this.rosterFile = Objects.requireNonNull(rosterFile, "rosterFile");
        this.keyStoreFile = Objects.requireNonNull(keyStoreFile, "keyStoreFile");
        this.keyStorePasswordFile = Objects.requireNonNull(keyStorePasswordFile, "keyStorePasswordFile");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Loads the roster and the TLS key, creates the inquiry folder and listens on 127.0.0.1.
     *
     * @param port TCP port, or 0 for a free one (see {@link #port()})
     * @throws IllegalStateException when a file is missing or invalid, or the port cannot be bound
     */
    @Override
    public synchronized void start(int port) {
        if (server != null) {
            throw new IllegalStateException("Sandbox eligibility server is already running on port " + port());
        }
        EligibilityRoster roster = EligibilityRoster.load(rosterFile);
        SSLContext tls = TlsContexts.server(keyStoreFile, keyStorePasswordFile);
        Path inquiries = createInquiryFolder();

        HttpsServer https;
        try {
            https = HttpsServer.create(new InetSocketAddress(LOOPBACK, port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox eligibility server cannot listen on 127.0.0.1:" + port + " ("
                    + e.getMessage() + "); choose a free port or 0", e);
        }
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext(PATH, new SandboxCoreHandler(inquiries, roster, clock));
        workers = Executors.newFixedThreadPool(WORKER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-eligibility");
            thread.setDaemon(true);
            return thread;
        });
        https.setExecutor(workers);
        https.start();
        server = https;
        LOG.info("Sandbox eligibility server started on https://127.0.0.1:{}{} with {} roster rows, storing 270s"
                + " in {}", port(), PATH, roster.size(), inquiries);
    }

    /** Stops the server at once; requests in progress are dropped. Does nothing when it is not running. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        int port = port();
        server.stop(0);
        workers.shutdownNow();
        server = null;
        workers = null;
        LOG.info("Sandbox eligibility server stopped on 127.0.0.1:{}", port);
    }

    /** Returns whether the server is listening. */
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
            throw new IllegalStateException("Sandbox eligibility server is not running; call start(port) first");
        }
        return server.getAddress().getPort();
    }

    /** Returns the folder where received 270s are stored. */
    public Path inquiryFolder() {
        return rootDirectory.toAbsolutePath().normalize().resolve(INQUIRY_FOLDER);
    }

    private Path createInquiryFolder() {
        Path folder = inquiryFolder();
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox eligibility server cannot create " + folder + " (" + e
                    + "); point the sandbox root directory to a writable folder", e);
        }
    }
}
