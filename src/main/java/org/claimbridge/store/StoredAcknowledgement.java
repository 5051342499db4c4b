package org.claimbridge.store;

/**
 * The acknowledgement stored with a message, sent again unchanged when the message is resent.
 *
 * @param contentSha256 hex SHA-256 of the message without its MSH segment
 */
public record StoredAcknowledgement(long messageId, String ackCode, String acknowledgement, String charset,
        String contentSha256) {
}
