package org.claimbridge.eligibility;

import java.time.Clock;

import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.sandbox.SandboxServerLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SandboxEligibilityServer} with the gateway when both {@code claimbridge.sandbox.enabled} and
 * {@code claimbridge.eligibility.sandbox.enabled} are true. The second switch keeps the HTTPS port closed in
 * sandbox setups that do not use eligibility.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge", name = {"sandbox.enabled", "eligibility.sandbox.enabled"},
        havingValue = "true")
public class SandboxEligibilityLifecycle extends SandboxServerLifecycle<SandboxEligibilityServer> {

    public SandboxEligibilityLifecycle(ClaimBridgeProperties properties, Clock clock) {
        super(new SandboxEligibilityServer(properties.sandbox().rootDirectory(),
                properties.eligibility().sandbox().rosterFile(), properties.eligibility().sandbox().keyStoreFile(),
                properties.eligibility().sandbox().keyStorePasswordFile(), clock),
                properties.eligibility().sandbox().port());
    }
}
