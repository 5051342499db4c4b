package org.claimbridge.clearinghouse.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;

/** Loads the sandbox server's host key and authorized keys, failing at start rather than at first login. */
final class SandboxSshKeys {

    private static final String HOST_KEY_PROPERTY = "claimbridge.sandbox.host-key-file";
    private static final String AUTHORIZED_KEYS_PROPERTY = "claimbridge.sandbox.authorized-keys-file";
    private static final String REGENERATE = "run certs-sample/generate.sh to create the sandbox keys";

    private SandboxSshKeys() {
    }

    /** Reads the host key pair once, from a PEM or OpenSSH private key file without a passphrase. */
    static KeyPairProvider hostKey(Path file) {
        requireFile(HOST_KEY_PROPERTY, file);

        List<KeyPair> keys = new ArrayList<>();
        try {
            new FileKeyPairProvider(file).loadKeys(null).forEach(keys::add);
        } catch (RuntimeException e) {
            // FileKeyPairProvider reads lazily and wraps IOException and GeneralSecurityException.
            throw new IllegalStateException(String.format(
                    "%s: %s is not a readable private key (%s); %s", HOST_KEY_PROPERTY, file, e, REGENERATE), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(String.format(
                    "%s: %s contains no private key; %s", HOST_KEY_PROPERTY, file, REGENERATE));
        }
        return KeyPairProvider.wrap(keys);
    }

    /**
     * Returns an authenticator that accepts the keys listed in an OpenSSH authorized_keys file and
     * rereads the file when it changes.
     */
    static PublickeyAuthenticator authorizedKeys(Path file) {
        requireFile(AUTHORIZED_KEYS_PROPERTY, file);

        List<AuthorizedKeyEntry> entries;
        try {
            entries = AuthorizedKeyEntry.readAuthorizedKeys(file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(String.format(
                    "%s: %s is not a valid authorized_keys file (%s); %s",
                    AUTHORIZED_KEYS_PROPERTY, file, e, REGENERATE), e);
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(String.format(
                    "%s: %s lists no public key, so no client could log in; add the gateway's public key",
                    AUTHORIZED_KEYS_PROPERTY, file));
        }
        return new AuthorizedKeysAuthenticator(file);
    }

    private static void requireFile(String property, Path file) {
        if (file == null) {
            throw new IllegalStateException(property + " is not set; " + REGENERATE + " or point it to a key file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(String.format(
                    "%s: file %s not found (working directory %s); %s",
                    property, file, Path.of("").toAbsolutePath(), REGENERATE));
        }
    }
}
