package org.claimbridge.claims.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.claimbridge.claims.model.Claim;

/**
 * Checks a claim against the rules an 837P professional claim must meet before a payer accepts it.
 * Independent of the message format: the locator names fields in the sender's terms.
 */
public final class ClaimValidator {

    private final DemographicPolicy policy;

    /** Creates a validator without member id patterns. */
    public ClaimValidator() {
        this(DemographicPolicy.REJECT_ALL);
    }

    /**
     * Creates a validator that applies the policy's member id patterns. Every rule rejects on the claim path,
     * whatever the policy's severities, because a payer denies an 837P claim with any of these problems.
     */
    public ClaimValidator(DemographicPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy").rejectingAll();
    }

    /**
     * Validates a claim.
     *
     * @param claim the claim; its parts may be null, which is reported as missing
     * @param locator maps each checked field to the place the sender put it
     * @param today the intake date; birth and service dates after it are rejected
     * @return one violation per problem and at most one per location, in a stable order: claim, patient,
     *     subscriber, payer, lines. The list is empty when the claim can be sent.
     */
    public List<Violation> validate(Claim claim, FieldLocator locator, LocalDate today) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(today, "today");

        Findings findings = new Findings(locator, policy, Findings.REQUIRED_FOR_CLAIMS);
        ClaimRules claimRules = new ClaimRules(findings);
        DemographicRules demographicRules = new DemographicRules(findings, today, false);

        claimRules.check(claim);
        demographicRules.checkPatient(claim.patient());
        demographicRules.checkSubscriber(claim.subscriber(), claim.payer() == null ? null : claim.payer().payerId());
        demographicRules.checkPayer(claim.payer());
        new LineRules(findings, claimRules, today).check(claim);

        return findings.distinctByLocation();
    }
}
