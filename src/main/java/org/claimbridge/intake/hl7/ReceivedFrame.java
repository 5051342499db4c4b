package org.claimbridge.intake.hl7;

import java.nio.charset.Charset;

/**
 * One MLLP frame as received, with the charset its MSH-18 selects.
 *
 * @param peer remote address and port of the sender
 * @param bytes the frame content without the MLLP start and end bytes
 * @param sha256 hex SHA-256 of {@code bytes}
 */
record ReceivedFrame(String peer, byte[] bytes, Charset charset, String sha256) {
}
