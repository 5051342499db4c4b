package org.claimbridge.claims.validation;

/**
 * The place of a claim field in the received message.
 *
 * @param display the location as users read it, for example {@code IN1-36}, {@code FT1(2)-7} or
 *     {@code Coverage.subscriberId}
 * @param segment the HL7 v2 segment id, or null for formats without segments
 * @param segmentOccurrence one-based occurrence of the segment in the message, or 0 when not applicable
 * @param field one-based field position, or 0 for the whole segment
 * @param component one-based component position, or 0 for the whole field
 */
public record FieldLocation(String display, String segment, int segmentOccurrence, int field, int component) {
}
