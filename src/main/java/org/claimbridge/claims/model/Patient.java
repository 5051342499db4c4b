package org.claimbridge.claims.model;

import java.time.LocalDate;

/**
 * The person who received the services.
 *
 * @param sex administrative sex as X12 DMG03 codes it: F, M or U
 */
public record Patient(PersonName name, LocalDate birthDate, String sex, Address address) {
}
