package org.claimbridge.clearinghouse.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.claimbridge.config.ClaimBridgeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SandboxSftpServerWiringTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(PropertiesConfiguration.class, SandboxSftpServer.class)
                .withPropertyValues(
                        "claimbridge.sandbox.sftp-host=127.0.0.1",
                        "claimbridge.sandbox.sftp-port=0",
                        "claimbridge.sandbox.root-directory=" + dir.resolve("clearinghouse"),
                        "claimbridge.sandbox.host-key-file=" + SandboxSettings.HOST_KEY,
                        "claimbridge.sandbox.authorized-keys-file=" + SandboxSettings.AUTHORIZED_KEYS);
    }

    @Test
    void enabledSandboxStartsWithContext() {
        runner().withPropertyValues("claimbridge.sandbox.enabled=true").run(context -> {
            SandboxSftpServer server = context.getBean(SandboxSftpServer.class);

            assertThat(server.isRunning()).isTrue();
            assertThat(server.port()).isPositive();
        });
    }

    @Test
    void disabledSandboxHasNoServer() {
        runner().withPropertyValues("claimbridge.sandbox.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(SandboxSftpServer.class));
    }

    @Test
    void unsetEnabledHasNoServer() {
        runner().run(context -> assertThat(context).doesNotHaveBean(SandboxSftpServer.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClaimBridgeProperties.class)
    static class PropertiesConfiguration {
    }
}
