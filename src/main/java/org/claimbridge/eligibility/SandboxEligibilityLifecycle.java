package org.claimbridge.eligibility;

import java.time.Clock;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SandboxEligibilityServer} with the gateway when both {@code claimbridge.sandbox.enabled} and
 * {@code claimbridge.eligibility.sandbox.enabled} are true. The second switch keeps the HTTPS port closed in
 * sandbox setups that do not use eligibility.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge", name = {"sandbox.enabled", "eligibility.sandbox.enabled"},
        havingValue = "true")
public class SandboxEligibilityLifecycle implements SmartLifecycle {

    /** Starts before the Camel routes (phase {@code Integer.MAX_VALUE - 2049} in Camel 4.17) and stops after them. */
    public static final int PHASE = Integer.MAX_VALUE - 4096;

    private final SandboxEligibilityServer server;
    private final int port;

    public SandboxEligibilityLifecycle(
            ClaimBridgeProperties properties,
            Clock clock) {
        ClaimBridgeProperties.EligibilitySandbox sandbox = properties.eligibility().sandbox();
        this.server = new SandboxEligibilityServer(properties.sandbox().rootDirectory(), sandbox.rosterFile(),
                sandbox.keyStoreFile(), sandbox.keyStorePasswordFile(), clock);
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

    /** Returns the running server, for its bound port and inquiry folder. */
    public SandboxEligibilityServer server() {
        return server;
    }
}
