package org.claimbridge.eligibility.checks;

import java.time.LocalDate;
import java.util.Objects;

import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.eligibility.EligibilityRequest;

/**
 * The coverage of an accepted registration or appointment to check, stored encrypted until it is checked.
 *
 * @param patient the patient; the 270's dependent (loop 2000D) when it is not the subscriber
 * @param subscriber the subscriber of the primary coverage
 * @param payer the payer of the primary coverage
 * @param dateOfService the appointment date or the registration's admit date
 */
public record CoverageInquiry(Patient patient, Subscriber subscriber, Payer payer, LocalDate dateOfService) {

    public CoverageInquiry {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(dateOfService, "dateOfService");
    }

    /**
     * Builds the 270 request. A patient who is not the subscriber becomes loop 2000D, with INS02 01 (spouse), 19
     * (child) or 34 (other adult, for a life partner). Other relationships leave INS out.
     *
     * @throws IllegalArgumentException when a value the 270 needs is missing or too long; the message names the
     *     request field, never its value
     */
    EligibilityRequest toRequest(String providerNpi, String providerName) {
        EligibilityRequest.Dependent dependent = null;
        if (!subscriber.isPatient()) {
            if (patient == null || patient.name() == null) {
                throw new IllegalArgumentException("dependent is required: the patient is not the subscriber");
            }
            dependent = new EligibilityRequest.Dependent(patient.name().last(), patient.name().first(),
                    patient.birthDate(), dependentRelationship(subscriber.relationshipToPatient()));
        }
        String last = subscriber.name() == null ? null : subscriber.name().last();
        String first = subscriber.name() == null ? null : subscriber.name().first();
        return new EligibilityRequest(payer.payerId(), payer.name(), providerNpi, providerName, null,
                subscriber.memberId(), last, first, subscriber.birthDate(), dependent, dateOfService, null);
    }

    private static String dependentRelationship(String relationshipToPatient) {
        if (relationshipToPatient == null) {
            return null;
        }
        return switch (relationshipToPatient) {
            case "01", "19" -> relationshipToPatient;
            case "53" -> "34";
            default -> null;
        };
    }
}
