package org.claimbridge.store;

/**
 * A stored warning of an accepted message.
 *
 * @param code the violation code, for example INVALID_PHONE
 * @param location the field it names, for example PID-13
 */
public record StoredWarning(String code, String location) {
}
