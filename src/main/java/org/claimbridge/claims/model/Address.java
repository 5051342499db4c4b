package org.claimbridge.claims.model;

/** A US postal address: N301/N302 street lines, N401 city, N402 state, N403 ZIP or ZIP+4 without a hyphen. */
public record Address(String line1, String line2, String city, String state, String postalCode) {
}
