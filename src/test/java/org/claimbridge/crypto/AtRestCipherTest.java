package org.claimbridge.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.claimbridge.config.ClaimBridgeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtRestCipherTest {

    private static final byte[] PAYLOAD = "MSH|^~\\&|SYNTHETIC|TEST|||20260101||ADT^A04|MSG0001|P|2.5".getBytes(UTF_8);

    @TempDir
    Path dir;

    @Test
    void roundTripReturnsPlaintext() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");

        byte[] blob = cipher.encrypt(PAYLOAD);

        assertThat(cipher.decrypt(blob)).isEqualTo(PAYLOAD);
    }

    @Test
    void roundTripEmptyPayload() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");

        byte[] blob = cipher.encrypt(new byte[0]);

        assertThat(cipher.decrypt(blob)).isEmpty();
    }

    @Test
    void blobLayoutHasVersionNonceAndTag() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");

        byte[] blob = cipher.encrypt(PAYLOAD);

        assertThat(blob[0]).isEqualTo(AtRestCipher.VERSION);
        assertThat(blob).hasSize(1 + 12 + PAYLOAD.length + 16);
    }

    @Test
    void ciphertextDoesNotContainPlaintext() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");

        byte[] blob = cipher.encrypt(PAYLOAD);

        assertThat(new String(blob, UTF_8)).doesNotContain("SYNTHETIC");
    }

    @Test
    void tamperedCiphertextIsRejected() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");
        byte[] blob = cipher.encrypt(PAYLOAD);

        blob[AtRestCipher.HEADER_LENGTH + 3] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(blob))
                .isInstanceOf(AtRestDecryptionException.class)
                .hasMessageStartingWith("AT_REST_AUTHENTICATION_FAILED");
    }

    @Test
    void tamperedNonceIsRejected() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");
        byte[] blob = cipher.encrypt(PAYLOAD);

        blob[1] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(blob))
                .isInstanceOf(AtRestDecryptionException.class)
                .hasMessageStartingWith("AT_REST_AUTHENTICATION_FAILED");
    }

    @Test
    void tamperedTagIsRejected() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");
        byte[] blob = cipher.encrypt(PAYLOAD);

        blob[blob.length - 1] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(blob))
                .isInstanceOf(AtRestDecryptionException.class)
                .hasMessageStartingWith("AT_REST_AUTHENTICATION_FAILED");
    }

    @Test
    void unknownVersionIsRejected() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");
        byte[] blob = cipher.encrypt(PAYLOAD);

        blob[0] = 2;

        assertThatThrownBy(() -> cipher.decrypt(blob))
                .isInstanceOf(AtRestDecryptionException.class)
                .hasMessageStartingWith("AT_REST_UNKNOWN_VERSION");
    }

    @Test
    void truncatedBlobIsRejected() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");
        byte[] blob = cipher.encrypt(PAYLOAD);

        byte[] truncated = Arrays.copyOf(blob, 20);

        assertThatThrownBy(() -> cipher.decrypt(truncated))
                .isInstanceOf(AtRestDecryptionException.class)
                .hasMessageStartingWith("AT_REST_TOO_SHORT");
    }

    @Test
    void wrongKeyIsRejected() throws IOException {
        AtRestCipher writer = cipherWithNewKey("a.key");
        AtRestCipher reader = cipherWithNewKey("b.key");
        byte[] blob = writer.encrypt(PAYLOAD);

        assertThatThrownBy(() -> reader.decrypt(blob))
                .isInstanceOf(AtRestDecryptionException.class)
                .hasMessageStartingWith("AT_REST_AUTHENTICATION_FAILED")
                .hasMessageContaining("claimbridge.store.at-rest-key-file");
    }

    @Test
    void rejectionMessageHasNoPayload() throws IOException {
        AtRestCipher writer = cipherWithNewKey("a.key");
        AtRestCipher reader = cipherWithNewKey("b.key");
        byte[] blob = writer.encrypt(PAYLOAD);

        assertThatThrownBy(() -> reader.decrypt(blob)).hasMessageNotContaining("SYNTHETIC");
    }

    @Test
    void noncesAreUnique() throws IOException {
        AtRestCipher cipher = cipherWithNewKey("a.key");
        Set<String> nonces = new HashSet<>();
        Set<String> blobs = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            byte[] blob = cipher.encrypt(PAYLOAD);
            nonces.add(Base64.getEncoder().encodeToString(Arrays.copyOfRange(blob, 1, AtRestCipher.HEADER_LENGTH)));
            blobs.add(Base64.getEncoder().encodeToString(blob));
        }

        assertThat(nonces).hasSize(10_000);
        assertThat(blobs).hasSize(10_000);
    }

    @Test
    void sandboxKeyFileIsUsable() {
        AtRestCipher cipher = new AtRestCipher(properties(Path.of("certs-sample/at-rest-sandbox.key")));

        byte[] blob = cipher.encrypt(PAYLOAD);

        assertThat(cipher.decrypt(blob)).isEqualTo(PAYLOAD);
    }

    @Test
    void missingKeyFileFailsStartup() {
        Path missing = dir.resolve("missing.key");

        assertThatThrownBy(() -> new AtRestCipher(properties(missing)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.store.at-rest-key-file")
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found");
    }

    @Test
    void shortKeyFileFailsStartup() throws IOException {
        Path shortKey = Files.writeString(dir.resolve("short.key"),
                Base64.getEncoder().encodeToString(new byte[16]) + "\n");

        assertThatThrownBy(() -> new AtRestCipher(properties(shortKey)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.store.at-rest-key-file")
                .hasMessageContaining(shortKey.toString())
                .hasMessageContaining("decodes to 16 bytes");
    }

    @Test
    void nonBase64KeyFileFailsStartup() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.key"), "not a key!\n");

        assertThatThrownBy(() -> new AtRestCipher(properties(garbage)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.store.at-rest-key-file")
                .hasMessageContaining("not valid base64");
    }

    @Test
    void unsetKeyFileFailsStartup() {
        assertThatThrownBy(() -> new AtRestCipher(properties(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.store.at-rest-key-file is not set");
    }

    private AtRestCipher cipherWithNewKey(String fileName) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = Files.writeString(dir.resolve(fileName), Base64.getEncoder().encodeToString(key) + "\n");
        return new AtRestCipher(properties(file));
    }

    private static ClaimBridgeProperties properties(Path keyFile) {
        ClaimBridgeProperties.Store store = new ClaimBridgeProperties.Store(keyFile);
        return new ClaimBridgeProperties(null, store, null, null, null, null, null, null, null, null, null, null);
    }
}
