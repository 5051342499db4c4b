package org.claimbridge.intake.hl7;

import java.time.LocalDate;

import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.claims.validation.Demographics;

/**
 * A patient registration (ADT^A04, A08, A28, A31) or appointment (SIU^S12 to S15) read from an accepted message.
 *
 * @param messageType MSH-9.1 and MSH-9.2, for example {@code SIU^S12}
 * @param phone the patient's phone number (PID-13) as sent, or null
 * @param subscriber the subscriber of the first IN1, or null when the message has no IN1
 * @param payer the payer of the first IN1, or null when the message has no IN1
 * @param dateOfService the appointment's start date for SIU; for ADT the admit date (PV1-44), else the intake date
 */
public record Registration(
        String messageType,
        Patient patient,
        String phone,
        Subscriber subscriber,
        Payer payer,
        LocalDate dateOfService) {

    /** Trigger event of a cancelled appointment, which needs no eligibility check. */
    static final String CANCELLATION = "SIU^S15";

    /** Returns whether the message carries coverage (an IN1 segment). */
    public boolean hasCoverage() {
        return subscriber != null;
    }

    /** Returns whether the coverage should be checked: there is an IN1 and the message is not a cancellation. */
    public boolean needsEligibilityCheck() {
        return hasCoverage() && !CANCELLATION.equals(messageType);
    }

    Demographics demographics() {
        return new Demographics(patient, phone, subscriber, payer);
    }
}
