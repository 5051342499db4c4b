package org.claimbridge.store;

/**
 * The idempotency key of an inbound message: a resend carries the same sending application (MSH-3),
 * sending facility (MSH-4) and control id (MSH-10).
 */
public record MessageKey(String sendingApplication, String sendingFacility, String controlId) {
}
