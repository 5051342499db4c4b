package org.claimbridge.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Reads the AES-256 key for stored payloads: one line, base64 of 32 bytes. */
final class AtRestKeyFile {

    static final String PROPERTY = "claimbridge.store.at-rest-key-file";
    static final int KEY_LENGTH = 32;

    private static final String HOW_TO_CREATE = "create one with: head -c 32 /dev/urandom | base64 > ";

    private AtRestKeyFile() {
    }

    static SecretKey read(Path file) {
        if (file == null) {
            throw new IllegalStateException(PROPERTY + " is not set; point it to a file containing a base64-encoded"
                    + " 256-bit AES key, " + HOW_TO_CREATE + "FILE");
        }

        byte[] key = decode(file, readText(file));
        if (key.length != KEY_LENGTH) {
            throw new IllegalStateException(String.format(
                    "%s: key file %s decodes to %d bytes, AES-256 needs %d; %s%s",
                    PROPERTY, file.toAbsolutePath(), key.length, KEY_LENGTH, HOW_TO_CREATE, file));
        }
        return new SecretKeySpec(key, "AES");
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(String.format(
                    "%s: key file %s not found; %s%s", PROPERTY, file.toAbsolutePath(), HOW_TO_CREATE, file), e);
        } catch (IOException e) {
            throw new IllegalStateException(String.format(
                    "%s: key file %s could not be read (%s); check its permissions",
                    PROPERTY, file.toAbsolutePath(), e), e);
        }
    }

    private static byte[] decode(Path file, String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // The cause is dropped on purpose: its message quotes a character of the key.
            throw new IllegalStateException(String.format(
                    "%s: key file %s is not valid base64; %s%s",
                    PROPERTY, file.toAbsolutePath(), HOW_TO_CREATE, file));
        }
    }
}
