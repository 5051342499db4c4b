package org.claimbridge.clearinghouse.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbridge.config.ClaimBridgeProperties;

/** Sandbox settings for tests, with the committed keys in certs-sample/. */
final class SandboxSettings {

    static final Path HOST_KEY = Path.of("certs-sample/sandbox-sftp-host-key.pem");
    static final Path AUTHORIZED_KEYS = Path.of("certs-sample/gateway-sftp-client-key.pub");

    private SandboxSettings() {
    }

    static ClaimBridgeProperties properties(Path root, int port) {
        return properties(root, port, HOST_KEY, AUTHORIZED_KEYS);
    }

    static ClaimBridgeProperties properties(Path root, int port, Path hostKey, Path authorizedKeys) {
        ClaimBridgeProperties.Sandbox sandbox =
                new ClaimBridgeProperties.Sandbox(true, "127.0.0.1", port, root, hostKey, authorizedKeys);
        return new ClaimBridgeProperties(null, null, null, null, null, null, sandbox, null, null, null, null, null);
    }

    /** Returns "host key-type base64" from an OpenSSH public key file, dropping its comment. */
    static String knownHostsLine(String host, Path publicKey) throws IOException {
        String[] fields = Files.readString(publicKey, UTF_8).strip().split(" ");
        return host + " " + fields[0] + " " + fields[1];
    }
}
