package org.claimbridge.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes of identifiers that are PHI, such as member ids, so that rows can be matched by them without
 * storing them. A hash is HMAC-SHA256 under a key derived from the at-rest key
 * ({@code claimbridge.store.at-rest-key-file}): without that key, guessing member ids does not reveal which one
 * a hash belongs to. Identifiers are compared after trimming and upper-casing. Thread-safe.
 */
@Component
public class IdentifierHash {

    private static final String ALGORITHM = "HmacSHA256";
    /** Context of the derived key, so that this key differs from every other use of the at-rest key. */
    private static final byte[] KEY_CONTEXT = "claimbridge identifier hash v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;

    /**
     * Derives the hash key from the at-rest key.
     *
     * @throws IllegalStateException when the at-rest key file is missing or invalid
     */
    public IdentifierHash(ClaimBridgeProperties properties) {
        SecretKey atRestKey = AtRestKeyFile.read(properties.store() == null ? null : properties.store().atRestKeyFile());
        this.key = new SecretKeySpec(mac(atRestKey).doFinal(KEY_CONTEXT), ALGORITHM);
    }

    /** Returns the lowercase hex HMAC-SHA256 of the trimmed, upper-cased identifier (64 characters). */
    public String hash(String identifier) {
        String normalized = identifier.strip().toUpperCase(Locale.ROOT);
        return HexFormat.of().formatHex(mac(key).doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getEncoded(), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM: " + e.getMessage(), e);
        }
    }
}
