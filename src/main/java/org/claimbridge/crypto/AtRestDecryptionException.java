package org.claimbridge.crypto;

/**
 * Thrown when a stored blob cannot be decrypted. The message starts with a stable code
 * ({@code AT_REST_TOO_SHORT}, {@code AT_REST_UNKNOWN_VERSION}, {@code AT_REST_AUTHENTICATION_FAILED})
 * and never contains payload bytes.
 */
public class AtRestDecryptionException extends RuntimeException {

    AtRestDecryptionException(String message) {
        super(message);
    }

    AtRestDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
