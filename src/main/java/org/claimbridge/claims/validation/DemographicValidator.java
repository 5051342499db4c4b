package org.claimbridge.claims.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Checks the demographics of a registration or appointment with the same rules the claim path uses, with the
 * severity the policy gives each rule. A message without coverage is checked for the patient only. With
 * coverage, the subscriber's birth date is required for dependents too, because the eligibility inquiry (270
 * loop 2100C) identifies the subscriber by it.
 */
public final class DemographicValidator {

    private static final String REQUIRED_FOR_REGISTRATION = "is required for registrations and eligibility checks";

    private final DemographicPolicy policy;

    public DemographicValidator(DemographicPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Validates demographics.
     *
     * @param locator maps each checked field to the place the sender put it
     * @param today the intake date; birth dates after it are rejected
     * @return the rejecting and the warning violations, at most one per location and never one location in both
     */
    public Validation validate(Demographics demographics, FieldLocator locator, LocalDate today) {
        Objects.requireNonNull(demographics, "demographics");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(today, "today");

        Findings findings = new Findings(locator, policy, REQUIRED_FOR_REGISTRATION);
        DemographicRules rules = new DemographicRules(findings, today, true);

        rules.checkPatient(demographics.patient());
        if (demographics.patient() != null) {
            rules.checkPhone(demographics.phone());
        }
        if (demographics.hasCoverage()) {
            rules.checkSubscriber(demographics.subscriber(),
                    demographics.payer() == null ? null : demographics.payer().payerId());
            rules.checkPayer(demographics.payer());
        }
        return findings.validation();
    }
}
