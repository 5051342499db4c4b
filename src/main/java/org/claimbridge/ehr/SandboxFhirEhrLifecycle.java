package org.claimbridge.ehr;

import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.sandbox.SandboxServerLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SandboxFhirEhrServer} on claimbridge.ehr.sandbox.fhir-port, storing into
 * {@code <claimbridge.ehr.sandbox.root-directory>/fhir}, when both {@code claimbridge.sandbox.enabled} and
 * {@code claimbridge.ehr.sandbox.enabled} are true.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge", name = {"sandbox.enabled", "ehr.sandbox.enabled"},
        havingValue = "true")
public class SandboxFhirEhrLifecycle extends SandboxServerLifecycle<SandboxFhirEhrServer> {

    public SandboxFhirEhrLifecycle(ClaimBridgeProperties properties) {
        super(new SandboxFhirEhrServer(properties.ehr().sandbox().rootDirectory().resolve("fhir")),
                properties.ehr().sandbox().fhirPort());
    }
}
