package org.claimbridge.claims.model;

/** A person who provided a service, identified by a 10-digit National Provider Identifier. */
public record Provider(String npi, PersonName name) {
}
