package org.claimbridge.ehr;

import java.time.Clock;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SandboxEhrServer} with the gateway when both {@code claimbridge.sandbox.enabled} and
 * {@code claimbridge.ehr.sandbox.enabled} are true.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge", name = {"sandbox.enabled", "ehr.sandbox.enabled"},
        havingValue = "true")
public class SandboxEhrLifecycle implements SmartLifecycle {

    /** Starts before the Camel routes (phase {@code Integer.MAX_VALUE - 2049} in Camel 4.17) and stops after them. */
    public static final int PHASE = Integer.MAX_VALUE - 4096;

    private final SandboxEhrServer server;
    private final int port;

    public SandboxEhrLifecycle(ClaimBridgeProperties properties, Clock clock) {
        ClaimBridgeProperties.EhrSandbox sandbox = properties.ehr().sandbox();
        this.server = new SandboxEhrServer(sandbox.rootDirectory(), clock);
        this.port = sandbox.port();
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

    /** Returns the running server, for its bound port and folder. */
    public SandboxEhrServer server() {
        return server;
    }
}
