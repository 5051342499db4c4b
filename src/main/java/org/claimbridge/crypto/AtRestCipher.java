package org.claimbridge.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts payloads stored in the database with AES-256-GCM.
 *
 * <p>A blob is {@code version (1 byte) | nonce (12 bytes) | ciphertext | GCM tag (16 bytes)}. The
 * version byte is authenticated as additional data, so changing it also fails decryption. Each call
 * to {@link #encrypt} draws a fresh random nonce. NIST SP 800-38D limits random 96-bit nonces to
 * 2^32 encryptions under one key, so rotate the key before that many payloads are stored.
 */
@Component
public class AtRestCipher {

    /** Version byte of blobs written by this class. */
    public static final byte VERSION = 1;

    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    static final int HEADER_LENGTH = 1 + NONCE_LENGTH;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /**
     * Reads the key once from {@code claimbridge.store.at-rest-key-file}.
     *
     * @throws IllegalStateException if the property is unset or the file is missing, unreadable, not
     *     base64 or not 32 bytes long, so the application does not start
     */
    public AtRestCipher(ClaimBridgeProperties properties) {
        this.key = AtRestKeyFile.read(properties.store() == null ? null : properties.store().atRestKeyFile());
    }

    /**
     * Encrypts a payload under a new random nonce.
     *
     * @return a blob in the layout described on this class, 29 bytes longer than the plaintext
     */
    public byte[] encrypt(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);

        ByteBuffer blob = ByteBuffer.allocate(HEADER_LENGTH + plaintext.length + TAG_LENGTH);
        blob.put(VERSION).put(nonce);
        try {
            Cipher cipher = initCipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.doFinal(ByteBuffer.wrap(plaintext), blob);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        }
        return blob.array();
    }

    /**
     * Decrypts and authenticates a blob written by {@link #encrypt}.
     *
     * @throws AtRestDecryptionException if the blob is too short, has an unknown version, or fails
     *     authentication because the key is wrong or the blob was altered
     */
    public byte[] decrypt(byte[] blob) {
        if (blob.length < HEADER_LENGTH + TAG_LENGTH) {
            throw new AtRestDecryptionException(String.format(
                    "AT_REST_TOO_SHORT: blob is %d bytes, a valid blob is at least %d bytes; the stored value is truncated",
                    blob.length, HEADER_LENGTH + TAG_LENGTH));
        }
        if (blob[0] != VERSION) {
            throw new AtRestDecryptionException(String.format(
                    "AT_REST_UNKNOWN_VERSION: blob version is %d, this build reads version %d only",
                    blob[0], VERSION));
        }

        byte[] nonce = Arrays.copyOfRange(blob, 1, HEADER_LENGTH);
        try {
            Cipher cipher = initCipher(Cipher.DECRYPT_MODE, nonce);
            return cipher.doFinal(blob, HEADER_LENGTH, blob.length - HEADER_LENGTH);
        } catch (AEADBadTagException e) {
            throw new AtRestDecryptionException(
                    "AT_REST_AUTHENTICATION_FAILED: GCM tag mismatch, so either the blob was altered or it was"
                            + " encrypted under another key than the one in claimbridge.store.at-rest-key-file",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
        }
    }

    private Cipher initCipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        cipher.updateAAD(new byte[] {VERSION});
        return cipher;
    }
}
