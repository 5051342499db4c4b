package org.claimbridge.claims.validation;

import java.util.Set;

/** USPS codes accepted as a US address state: the 50 states, DC, territories, freely associated states, APO/FPO. */
final class UsStates {

    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
            "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
            "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC",
            // Territories: American Samoa, Guam, Northern Mariana Islands, Puerto Rico, US Virgin Islands.
            "AS", "GU", "MP", "PR", "VI",
            // Freely associated states with USPS service: Micronesia, Marshall Islands, Palau.
            "FM", "MH", "PW",
            // Military post offices: Armed Forces Americas, Europe, Pacific.
            "AA", "AE", "AP");

    private UsStates() {
    }

    static boolean contains(String code) {
        return CODES.contains(code);
    }
}
