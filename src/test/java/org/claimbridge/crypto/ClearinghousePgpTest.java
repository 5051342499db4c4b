package org.claimbridge.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.crypto.PGPDataFormat;
import org.apache.camel.impl.DefaultCamelContext;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.claimbridge.config.ClaimBridgeProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearinghousePgpTest {

    private static final Path PUBLIC_KEY = Path.of("certs-sample/clearinghouse-sandbox-public.asc");
    private static final String USER_ID = "sandbox-clearinghouse@claimbridge.invalid";
    private static final String CLAIM_FILE =
            "ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*SBXCLEARING    *260101*1200*^*00501*000000001*0*T*:~";

    @TempDir
    Path dir;

    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void encryptedFileDecryptsWithSecretKey() throws Exception {
        byte[] encrypted = encryptThroughRoute(ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, USER_ID)));

        PgpTestDecryptor.Decrypted decrypted = PgpTestDecryptor.decryptWithSandboxKey(encrypted);

        assertThat(new String(decrypted.plaintext(), UTF_8)).isEqualTo(CLAIM_FILE);
    }

    @Test
    void encryptedFileIsArmored() throws Exception {
        byte[] encrypted = encryptThroughRoute(ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, USER_ID)));

        assertThat(new String(encrypted, UTF_8)).startsWith("-----BEGIN PGP MESSAGE-----");
    }

    @Test
    void encryptedFileHidesPlaintext() throws Exception {
        byte[] encrypted = encryptThroughRoute(ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, USER_ID)));

        assertThat(new String(encrypted, UTF_8)).doesNotContain("CLAIMBRIDGE");
    }

    @Test
    void encryptedFileUsesAes256() throws Exception {
        byte[] encrypted = encryptThroughRoute(ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, USER_ID)));

        PgpTestDecryptor.Decrypted decrypted = PgpTestDecryptor.decryptWithSandboxKey(encrypted);

        assertThat(decrypted.symmetricAlgorithm()).isEqualTo(SymmetricKeyAlgorithmTags.AES_256);
    }

    @Test
    void encryptedFileHasIntegrityPacket() throws Exception {
        byte[] encrypted = encryptThroughRoute(ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, USER_ID)));

        PgpTestDecryptor.Decrypted decrypted = PgpTestDecryptor.decryptWithSandboxKey(encrypted);

        assertThat(decrypted.integrityProtected()).isTrue();
        assertThat(decrypted.integrityVerified()).isTrue();
    }

    @Test
    void encryptedToEncryptionSubkey() throws Exception {
        byte[] encrypted = encryptThroughRoute(ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, USER_ID)));

        PgpTestDecryptor.Decrypted decrypted = PgpTestDecryptor.decryptWithSandboxKey(encrypted);

        assertThat(decrypted.recipientKeyId()).isEqualTo(encryptionSubkeyId());
    }

    @Test
    void missingKeyFileFailsStartup() {
        Path missing = dir.resolve("missing.asc");

        assertThatThrownBy(() -> ClearinghousePgp.dataFormat(settings(missing, USER_ID)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.clearinghouse.pgp-public-key-file")
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found");
    }

    @Test
    void invalidKeyFileFailsStartup() throws IOException {
        Path invalid = Files.writeString(dir.resolve("invalid.asc"), "not a key\n");

        assertThatThrownBy(() -> ClearinghousePgp.dataFormat(settings(invalid, USER_ID)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.clearinghouse.pgp-public-key-file")
                .hasMessageContaining("is not an OpenPGP public key ring");
    }

    @Test
    void unknownUserIdFailsStartup() {
        assertThatThrownBy(() -> ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, "other@claimbridge.invalid")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.clearinghouse.pgp-key-user-id")
                .hasMessageContaining("'other@claimbridge.invalid'")
                .hasMessageContaining(USER_ID);
    }

    @Test
    void unsetUserIdFailsStartup() {
        assertThatThrownBy(() -> ClearinghousePgp.dataFormat(settings(PUBLIC_KEY, " ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimbridge.clearinghouse.pgp-key-user-id is not set");
    }

    private byte[] encryptThroughRoute(PGPDataFormat format) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:encrypt").routeId("encrypt-claim-file").marshal(format);
            }
        });
        camel.start();
        ProducerTemplate producer = camel.createProducerTemplate();
        return producer.requestBody("direct:encrypt", CLAIM_FILE.getBytes(UTF_8), byte[].class);
    }

    private static long encryptionSubkeyId() throws IOException, PGPException {
        try (var in = PGPUtil.getDecoderStream(Files.newInputStream(PUBLIC_KEY))) {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            for (PGPPublicKey key : rings.getKeyRings().next()) {
                if (!key.isMasterKey() && key.isEncryptionKey()) {
                    return key.getKeyID();
                }
            }
        }
        throw new IllegalStateException("sandbox public key has no encryption subkey");
    }

    private static ClaimBridgeProperties.Clearinghouse settings(Path publicKey, String userId) {
        return new ClaimBridgeProperties.Clearinghouse(
                "127.0.0.1", 2222, "claimbridge", null, null, "inbound", publicKey, userId, null, null);
    }
}
