package org.claimbridge.claims.model;

/** A person's name as an 837P NM1 segment carries it (NM103 last, NM104 first, NM105 middle, NM107 suffix). */
public record PersonName(String last, String first, String middle, String suffix) {
}
