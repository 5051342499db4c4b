package org.claimbridge.sandbox;

/** An embedded sandbox server that listens on 127.0.0.1 while it runs. */
public interface SandboxServer {

    /** Starts listening on {@code port}; 0 picks a free port. */
    void start(int port);

    void stop();

    boolean isRunning();
}
