package org.claimbridge.ehr;

import java.time.Clock;

import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.sandbox.SandboxServerLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SandboxEhrServer} with the gateway when both {@code claimbridge.sandbox.enabled} and
 * {@code claimbridge.ehr.sandbox.enabled} are true.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge", name = {"sandbox.enabled", "ehr.sandbox.enabled"},
        havingValue = "true")
public class SandboxEhrLifecycle extends SandboxServerLifecycle<SandboxEhrServer> {

    public SandboxEhrLifecycle(ClaimBridgeProperties properties, Clock clock) {
        super(new SandboxEhrServer(properties.ehr().sandbox().rootDirectory(), clock),
                properties.ehr().sandbox().port());
    }
}
