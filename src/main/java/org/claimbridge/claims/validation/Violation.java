package org.claimbridge.claims.validation;

/**
 * One problem that keeps a claim from being sent to a payer.
 *
 * @param code stable reason code, one of {@link ViolationCodes}
 * @param location where the offending value is in the received message
 * @param message the field, the rule and the fix; it carries code values but never patient or subscriber
 *     identifiers, names, dates or addresses
 */
public record Violation(String code, FieldLocation location, String message) {
}
