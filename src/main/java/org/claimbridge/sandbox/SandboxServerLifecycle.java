package org.claimbridge.sandbox;

import org.springframework.context.SmartLifecycle;

/**
 * Runs a sandbox server with the gateway: it starts before the Camel routes (phase
 * {@code Integer.MAX_VALUE - 2049} in Camel 4.17) and stops after them, so routes never see it missing.
 *
 * @param <S> the server type, returned by {@link #server()}
 */
public abstract class SandboxServerLifecycle<S extends SandboxServer> implements SmartLifecycle {

    /** Lifecycle phase of every sandbox server. */
    public static final int PHASE = Integer.MAX_VALUE - 4096;

    private final S server;
    private final int port;

    protected SandboxServerLifecycle(S server, int port) {
        this.server = server;
        this.port = port;
    }

    @Override
    public void start() {
        if (!server.isRunning()) {
            server.start(port);
        }
    }

    @Override
    public void stop() {
        server.stop();
    }

    @Override
    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Returns the server, for its bound port and folders. */
    public S server() {
        return server;
    }
}
