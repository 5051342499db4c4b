package org.claimbridge.clearinghouse.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.LifecycleStrategySupport;
import org.claimbridge.config.ClaimBridgeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks, with Camel's Spring Boot auto-configuration, that the server is running when the Camel context
 * starts and is still running after the Camel context has stopped.
 */
class SandboxLifecycleOrderTest {

    private static final AtomicReference<Boolean> RUNNING_WHEN_CAMEL_STARTS = new AtomicReference<>();
    private static final AtomicReference<Boolean> RUNNING_WHEN_CAMEL_STOPPED = new AtomicReference<>();

    @TempDir
    Path dir;

    @Test
    void serverStartsBeforeCamel() {
        runContext();

        assertThat(RUNNING_WHEN_CAMEL_STARTS.get()).isTrue();
    }

    @Test
    void serverStopsAfterCamel() {
        runContext();

        assertThat(RUNNING_WHEN_CAMEL_STOPPED.get()).isTrue();
    }

    private void runContext() {
        RUNNING_WHEN_CAMEL_STARTS.set(null);
        RUNNING_WHEN_CAMEL_STOPPED.set(null);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class))
                .withUserConfiguration(ProbeConfiguration.class, SandboxSftpServer.class)
                .withPropertyValues(
                        "claimbridge.sandbox.enabled=true",
                        "claimbridge.sandbox.sftp-host=127.0.0.1",
                        "claimbridge.sandbox.sftp-port=0",
                        "claimbridge.sandbox.root-directory=" + dir.resolve("clearinghouse"),
                        "claimbridge.sandbox.host-key-file=" + SandboxSettings.HOST_KEY,
                        "claimbridge.sandbox.authorized-keys-file=" + SandboxSettings.AUTHORIZED_KEYS)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClaimBridgeProperties.class)
    static class ProbeConfiguration {

        @Bean
        LifecycleStrategySupport sandboxStateProbe(ObjectProvider<SandboxSftpServer> server) {
            return new LifecycleStrategySupport() {
                @Override
                public void onContextStarting(CamelContext context) {
                    RUNNING_WHEN_CAMEL_STARTS.set(server.getObject().isRunning());
                }

                @Override
                public void onContextStopped(CamelContext context) {
                    RUNNING_WHEN_CAMEL_STOPPED.set(server.getObject().isRunning());
                }
            };
        }
    }
}
