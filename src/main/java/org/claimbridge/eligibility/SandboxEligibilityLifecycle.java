package org.claimbridge.eligibility;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
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
            @Value("${claimbridge.sandbox.root-directory:data/sandbox/clearinghouse}") Path rootDirectory,
            @Value("${claimbridge.eligibility.sandbox.port:9443}") int port,
            @Value("${claimbridge.eligibility.sandbox.roster-file:sandbox/eligibility-roster.csv}") Path rosterFile,
            @Value("${claimbridge.eligibility.sandbox.key-store-file:certs-sample/sandbox-tls.p12}") Path keyStore,
            @Value("${claimbridge.eligibility.sandbox.key-store-password-file:certs-sample/sandbox-tls.password}")
            Path keyStorePassword,
            Clock clock) {
        this.server = new SandboxEligibilityServer(rootDirectory, rosterFile, keyStore, keyStorePassword, clock);
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

    /** Returns the running server, for its bound port and inquiry folder. */
    public SandboxEligibilityServer server() {
        return server;
    }
}
