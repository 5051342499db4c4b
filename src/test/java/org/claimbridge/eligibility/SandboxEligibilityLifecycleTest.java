package org.claimbridge.eligibility;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SandboxEligibilityLifecycleTest {

    @EnableConfigurationProperties(ClaimBridgeProperties.class)
    static class PropertiesConfiguration {
    }

    @TempDir
    Path root;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(SandboxEligibilityLifecycle.class)
                .withUserConfiguration(PropertiesConfiguration.class)
                .withPropertyValues("claimbridge.sandbox.root-directory=" + root,
                        "claimbridge.eligibility.sandbox.port=0",
                        "claimbridge.eligibility.sandbox.roster-file=sandbox/eligibility-roster.csv",
                        "claimbridge.eligibility.sandbox.key-store-file=certs-sample/sandbox-tls.p12",
                        "claimbridge.eligibility.sandbox.key-store-password-file=certs-sample/sandbox-tls.password");
    }

    @Test
    void bothSwitchesStartServer() {
        runner().withPropertyValues("claimbridge.sandbox.enabled=true", "claimbridge.eligibility.sandbox.enabled=true")
                .run(context -> {
                    SandboxEligibilityServer server = context.getBean(SandboxEligibilityLifecycle.class).server();

                    assertThat(server.isRunning()).isTrue();
                    assertThat(server.port()).isPositive();
                    assertThat(server.inquiryFolder()).isDirectory();
                });
    }

    @Test
    void sandboxSwitchAloneStartsNothing() {
        runner().withPropertyValues("claimbridge.sandbox.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(SandboxEligibilityLifecycle.class));
    }

    @Test
    void eligibilitySwitchAloneStartsNothing() {
        runner().withPropertyValues("claimbridge.sandbox.enabled=false", "claimbridge.eligibility.sandbox.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(SandboxEligibilityLifecycle.class));
    }
}
