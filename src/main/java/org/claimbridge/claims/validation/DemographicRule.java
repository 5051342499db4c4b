package org.claimbridge.claims.validation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The demographic rules whose severity configuration sets, each under its key in
 * {@code claimbridge.demographics.rules}. Fields outside these rules, such as a missing PID or claim lines,
 * always reject.
 */
public enum DemographicRule {
    /** Patient and subscriber last and first name. */
    NAME("name"),
    /** Patient birth date: present, a calendar date, not in the future. */
    BIRTH_DATE("birth-date"),
    /** Patient administrative sex: F, M or U after mapping HL7 table 0001. */
    SEX("sex"),
    /** Patient street, city, USPS state code and ZIP or ZIP+4. */
    ADDRESS("address"),
    /** Patient phone number: a 10-digit North American number. */
    PHONE("phone"),
    /** Payer id (2 to 80 characters) and payer name. */
    PAYER("payer"),
    /** Member id: 2 to 80 characters and the payer's configured pattern. */
    MEMBER_ID("member-id"),
    /** The patient's relationship to the subscriber. */
    RELATIONSHIP("relationship"),
    /** Subscriber name, birth date, sex and address; for dependents the subscriber's own data. */
    SUBSCRIBER("subscriber");

    private final String key;

    DemographicRule(String key) {
        this.key = key;
    }

    /** Returns the configuration key, for example {@code birth-date}. */
    public String key() {
        return key;
    }

    /**
     * Returns the rule with this configuration key.
     *
     * @throws IllegalArgumentException naming the valid keys when none matches
     */
    public static DemographicRule ofKey(String key) {
        for (DemographicRule rule : values()) {
            if (rule.key.equals(key)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("claimbridge.demographics.rules." + key + " is not a demographic rule;"
                + " use one of " + Arrays.stream(values()).map(DemographicRule::key).collect(Collectors.joining(", ")));
    }

    /** Returns the rule a field belongs to, or null for fields whose problems always reject. */
    static DemographicRule of(ClaimField field) {
        return switch (field) {
            case PATIENT_LAST_NAME, PATIENT_FIRST_NAME -> NAME;
            case PATIENT_BIRTH_DATE -> BIRTH_DATE;
            case PATIENT_SEX -> SEX;
            case PATIENT_ADDRESS, PATIENT_ADDRESS_LINE, PATIENT_CITY, PATIENT_STATE, PATIENT_POSTAL_CODE -> ADDRESS;
            case PATIENT_PHONE -> PHONE;
            case PAYER, PAYER_ID, PAYER_NAME -> PAYER;
            case SUBSCRIBER_MEMBER_ID -> MEMBER_ID;
            case SUBSCRIBER_RELATIONSHIP -> RELATIONSHIP;
            case SUBSCRIBER_LAST_NAME, SUBSCRIBER_FIRST_NAME, SUBSCRIBER_BIRTH_DATE, SUBSCRIBER_SEX,
                    SUBSCRIBER_ADDRESS, SUBSCRIBER_ADDRESS_LINE, SUBSCRIBER_CITY, SUBSCRIBER_STATE,
                    SUBSCRIBER_POSTAL_CODE -> SUBSCRIBER;
            default -> null;
        };
    }
}
