package org.claimbridge.claims.validation;

import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.Subscriber;

/**
 * The demographics of a registration or appointment.
 *
 * @param patient the patient, or null when the message has none
 * @param phone the patient's phone number as sent, or null
 * @param subscriber the primary coverage's subscriber, or null when the message carries no coverage
 * @param payer the primary coverage's payer, or null when the message carries no coverage
 */
public record Demographics(Patient patient, String phone, Subscriber subscriber, Payer payer) {

    /** Returns whether the message carries coverage to check. */
    public boolean hasCoverage() {
        return subscriber != null || payer != null;
    }
}
