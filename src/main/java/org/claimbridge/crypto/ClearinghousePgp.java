package org.claimbridge.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.converter.crypto.PGPDataFormat;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.claimbridge.config.ClaimBridgeProperties;

/**
 * Builds the Camel OpenPGP data format that encrypts claim files to the clearinghouse's public key:
 * AES-256, ZIP compression, an integrity packet (MDC) and ASCII armor. Files are encrypted only, not
 * signed.
 *
 * <p>The key ring is read and checked once, so a missing key file or a user id without an encryption
 * key fails start-up rather than the first upload. Camel matches the user id as a substring of the
 * key's user ids and encrypts to every matching encryption key.
 *
 * <p>NOTE: PGPDataFormat lets the exchange headers {@code CamelPGPDataFormatKeyUserid},
 * {@code CamelPGPDataFormatKeyUserids}, {@code CamelPGPDataFormatKeyFileName} and
 * {@code CamelPGPDataFormatEncryptionKeyRing} override these settings, so routes must not copy
 * untrusted input into headers with those names.
 */
public final class ClearinghousePgp {

    static final String KEY_FILE_PROPERTY = "claimbridge.clearinghouse.pgp-public-key-file";
    static final String USER_ID_PROPERTY = "claimbridge.clearinghouse.pgp-key-user-id";

    private ClearinghousePgp() {
    }

    /**
     * Creates a data format for {@code marshal} steps that encrypt to the configured key.
     *
     * @throws IllegalStateException if the key file or user id is unset, the file is missing or not an
     *     OpenPGP public key ring, or no key in it has a matching user id and an encryption key
     */
    public static PGPDataFormat dataFormat(ClaimBridgeProperties.Clearinghouse settings) {
        byte[] keyRing = readKeyRing(settings.pgpPublicKeyFile());
        String userId = requireUserId(settings.pgpKeyUserId());
        requireEncryptionKey(keyRing, userId, settings.pgpPublicKeyFile());

        PGPDataFormat format = new PGPDataFormat();
        format.setEncryptionKeyRing(keyRing);
        format.setKeyUserid(userId);
        format.setAlgorithm(SymmetricKeyAlgorithmTags.AES_256);
        format.setCompressionAlgorithm(CompressionAlgorithmTags.ZIP);
        format.setIntegrity(true);
        format.setArmored(true);
        return format;
    }

    private static byte[] readKeyRing(Path file) {
        if (file == null) {
            throw new IllegalStateException(KEY_FILE_PROPERTY
                    + " is not set; point it to the clearinghouse's armored OpenPGP public key");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(String.format(
                    "%s: file %s not found (working directory %s); ask the clearinghouse for its public key,"
                            + " or run certs-sample/generate.sh for the sandbox key",
                    KEY_FILE_PROPERTY, file, Path.of("").toAbsolutePath()), e);
        } catch (IOException e) {
            throw new IllegalStateException(String.format(
                    "%s: file %s could not be read (%s); check its permissions", KEY_FILE_PROPERTY, file, e), e);
        }
    }

    private static String requireUserId(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalStateException(USER_ID_PROPERTY
                    + " is not set; set it to the e-mail address in the clearinghouse key's user id");
        }
        return userId;
    }

    private static void requireEncryptionKey(byte[] keyRing, String userId, Path file) {
        List<String> keyUserIds = new ArrayList<>();
        for (PGPPublicKeyRing ring : parse(keyRing, file)) {
            List<String> ringUserIds = new ArrayList<>();
            ring.getPublicKey().getUserIDs().forEachRemaining(ringUserIds::add);
            keyUserIds.addAll(ringUserIds);
            if (ringUserIds.stream().anyMatch(id -> id.contains(userId)) && hasEncryptionKey(ring)) {
                return;
            }
        }
        throw new IllegalStateException(String.format(
                "%s: no key in %s has a user id containing '%s' and an encryption key; the file's user ids are %s."
                        + " Set %s to one of them or use the clearinghouse's current key",
                USER_ID_PROPERTY, file, userId, keyUserIds, USER_ID_PROPERTY));
    }

    private static PGPPublicKeyRingCollection parse(byte[] keyRing, Path file) {
        PGPPublicKeyRingCollection rings;
        try {
            rings = new PGPPublicKeyRingCollection(
                    PGPUtil.getDecoderStream(new ByteArrayInputStream(keyRing)), new BcKeyFingerprintCalculator());
        } catch (IOException | PGPException | RuntimeException e) {
            throw notAKeyRing(file, e.getMessage(), e);
        }
        if (rings.size() == 0) {
            throw notAKeyRing(file, "no public key packet found", null);
        }
        return rings;
    }

    private static IllegalStateException notAKeyRing(Path file, String reason, Exception cause) {
        return new IllegalStateException(String.format(
                "%s: %s is not an OpenPGP public key ring (%s); export the key with gpg --armor --export",
                KEY_FILE_PROPERTY, file, reason), cause);
    }

    private static boolean hasEncryptionKey(PGPPublicKeyRing ring) {
        for (PGPPublicKey key : ring) {
            if (key.isEncryptionKey() && !key.hasRevocation()) {
                return true;
            }
        }
        return false;
    }
}
