package org.claimbridge.intake.hl7;

import java.nio.charset.Charset;

import org.claimbridge.crypto.Sha256;

/**
 * One MLLP frame as received, with the charset its MSH-18 selects.
 *
 * @param peer remote address and port of the sender
 * @param bytes the frame content without the MLLP start and end bytes
 * @param sha256 hex SHA-256 of {@code bytes}
 * @param contentSha256 hex SHA-256 of the bytes after the first segment (MSH), which a resend repeats
 *     even when the sender refreshes MSH-7
 */
record ReceivedFrame(String peer, byte[] bytes, Charset charset, String sha256, String contentSha256) {

    static ReceivedFrame of(String peer, byte[] bytes, Charset charset) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
            end++;
        }
        byte[] afterHeader = java.util.Arrays.copyOfRange(bytes, end, bytes.length);
        return new ReceivedFrame(peer, bytes, charset, Sha256.hex(bytes), Sha256.hex(afterHeader));
    }
}
