package org.claimbridge.store;

/** The acknowledgement stored with a message, sent again unchanged when the message is resent. */
public record StoredAcknowledgement(long messageId, String ackCode, String acknowledgement, String charset) {
}
