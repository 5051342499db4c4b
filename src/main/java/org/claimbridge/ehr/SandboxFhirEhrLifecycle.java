package org.claimbridge.ehr;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SandboxFhirEhrServer} on claimbridge.ehr.sandbox.fhir-port, storing into
 * {@code <claimbridge.ehr.sandbox.root-directory>/fhir}, when both {@code claimbridge.sandbox.enabled} and
 * {@code claimbridge.ehr.sandbox.enabled} are true.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge", name = {"sandbox.enabled", "ehr.sandbox.enabled"},
        havingValue = "true")
public class SandboxFhirEhrLifecycle implements SmartLifecycle {

    private final SandboxFhirEhrServer server;
    private final int port;

    public SandboxFhirEhrLifecycle(ClaimBridgeProperties properties) {
        ClaimBridgeProperties.EhrSandbox sandbox = properties.ehr().sandbox();
        this.server = new SandboxFhirEhrServer(sandbox.rootDirectory().resolve("fhir"));
        this.port = sandbox.fhirPort();
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
        return SandboxEhrLifecycle.PHASE;
    }

    /** Returns the running server, for its bound port and folder. */
    public SandboxFhirEhrServer server() {
        return server;
    }
}
