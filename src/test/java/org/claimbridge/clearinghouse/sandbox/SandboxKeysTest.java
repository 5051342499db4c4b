package org.claimbridge.clearinghouse.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxKeysTest {

    @TempDir
    Path dir;

    @Test
    void committedKnownHostsPinsHostKey() throws IOException {
        String expected = SandboxSettings.knownHostsLine(
                "[127.0.0.1]:2222", Path.of("certs-sample/sandbox-sftp-host-key.pub"));

        String knownHosts = Files.readString(Path.of("certs-sample/sandbox-known_hosts"), UTF_8).strip();

        assertThat(knownHosts).isEqualTo(expected);
    }

    @Test
    void missingHostKeyFailsStart() {
        Path missing = dir.resolve("missing-host-key.pem");
        SandboxSftpServer server = new SandboxSftpServer(SandboxSettings.properties(
                dir.resolve("root"), 0, missing, SandboxSettings.AUTHORIZED_KEYS));

        assertThatThrownBy(server::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.sandbox.host-key-file")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void invalidHostKeyFailsStart() throws IOException {
        Path invalid = Files.writeString(dir.resolve("invalid-host-key.pem"), "not a key\n");
        SandboxSftpServer server = new SandboxSftpServer(SandboxSettings.properties(
                dir.resolve("root"), 0, invalid, SandboxSettings.AUTHORIZED_KEYS));

        assertThatThrownBy(server::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.sandbox.host-key-file");
    }

    @Test
    void missingAuthorizedKeysFailsStart() {
        Path missing = dir.resolve("missing-authorized_keys");
        SandboxSftpServer server = new SandboxSftpServer(SandboxSettings.properties(
                dir.resolve("root"), 0, SandboxSettings.HOST_KEY, missing));

        assertThatThrownBy(server::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.sandbox.authorized-keys-file")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void emptyAuthorizedKeysFailsStart() throws IOException {
        Path empty = Files.writeString(dir.resolve("authorized_keys"), "# no keys\n");
        SandboxSftpServer server = new SandboxSftpServer(SandboxSettings.properties(
                dir.resolve("root"), 0, SandboxSettings.HOST_KEY, empty));

        assertThatThrownBy(server::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.sandbox.authorized-keys-file")
                .hasMessageContaining("lists no public key");
    }
}
