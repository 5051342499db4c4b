package org.claimbridge.claims.x12;

import static org.claimbridge.claims.x12.Requirements.require;
import static org.claimbridge.claims.x12.Requirements.requireName;

import java.time.LocalDate;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Subscriber;

/**
 * Writes loops 2000B subscriber, 2010BA subscriber name, 2010BB payer name and, when the patient is not
 * the subscriber, 2000C patient and 2010CA patient name.
 */
final class SubscriberLoops {

    /** DMG03 code for unknown sex, written when the model carries none. */
    private static final String UNKNOWN_SEX = "U";

    private static final Patient NO_PATIENT = new Patient(null, null, null, null);

    private SubscriberLoops() {
    }

    /**
     * Writes the loops for one claim, numbering the subscriber HL {@code subscriberHl}.
     *
     * @return HL01 of the last HL written, the subscriber's or the patient's
     */
    static int write(SegmentWriter out, Claim claim, int subscriberHl) {
        Subscriber subscriber = require(claim.subscriber(), claim, "subscriber (loop 2000B)");
        boolean patientIsSubscriber = subscriber.isPatient();

        out.segment("HL", String.valueOf(subscriberHl), String.valueOf(HeaderLoops.BILLING_PROVIDER_HL), "22",
                patientIsSubscriber ? "0" : "1");
        // SBR01 P means primary payer and SBR09 CI commercial insurance.
        out.segment("SBR", "P", patientIsSubscriber ? Subscriber.SELF : null, subscriber.groupNumber(),
                null, null, null, null, null, "CI");
        writeSubscriberName(out, claim, subscriber, patientIsSubscriber);
        writePayerName(out, claim);
        if (patientIsSubscriber) {
            return subscriberHl;
        }

        int patientHl = subscriberHl + 1;
        writePatient(out, claim, subscriber, subscriberHl, patientHl);
        return patientHl;
    }

    private static void writeSubscriberName(SegmentWriter out, Claim claim, Subscriber subscriber, boolean self) {
        // When the subscriber is the patient, the patient record fills in what the subscriber lacks.
        Patient fallback = self && claim.patient() != null ? claim.patient() : NO_PATIENT;
        PersonName name = requireName(orElse(subscriber.name(), fallback.name()), claim,
                "subscriber name (2010BA NM1)");
        out.personName("IL", name, "MI", require(subscriber.memberId(), claim, "member id (2010BA NM109)"));

        Address address = orElse(subscriber.address(), fallback.address());
        if (self) {
            // N3, N4 and DMG are required when the subscriber is the patient. Otherwise DMG is not sent.
            writeAddress(out, claim, require(address, claim, "subscriber address (2010BA N3/N4)"), "2010BA");
            LocalDate birthDate = orElse(subscriber.birthDate(), fallback.birthDate());
            writeDemographics(out, require(birthDate, claim, "subscriber birth date (2010BA DMG02)"),
                    orElse(subscriber.sex(), fallback.sex()));
        } else if (isComplete(address)) {
            // The guide leaves a non-patient subscriber's address to the sender, so a partial one is left out.
            writeAddress(out, claim, address, "2010BA");
        }
    }

    private static void writePayerName(SegmentWriter out, Claim claim) {
        var payer = require(claim.payer(), claim, "payer (loop 2010BB)");
        out.organizationName("PR", require(payer.name(), claim, "payer name (2010BB NM103)"), "PI",
                require(payer.payerId(), claim, "payer id (2010BB NM109)"));
    }

    private static void writePatient(SegmentWriter out, Claim claim, Subscriber subscriber, int parentHl,
            int patientHl) {
        Patient patient = require(claim.patient(), claim, "patient (loop 2000C)");
        out.segment("HL", String.valueOf(patientHl), String.valueOf(parentHl), "23", "0");
        out.segment("PAT", require(subscriber.relationshipToPatient(), claim, "relationship code (PAT01)"));
        out.personName("QC", requireName(patient.name(), claim, "patient name (2010CA NM1)"), null, null);
        writeAddress(out, claim, require(patient.address(), claim, "patient address (2010CA N3/N4)"), "2010CA");
        writeDemographics(out, require(patient.birthDate(), claim, "patient birth date (2010CA DMG02)"),
                patient.sex());
    }

    private static void writeAddress(SegmentWriter out, Claim claim, Address address, String loop) {
        out.segment("N3", require(address.line1(), claim, "address line (" + loop + " N301)"), address.line2());
        out.segment("N4", require(address.city(), claim, "city (" + loop + " N401)"),
                require(address.state(), claim, "state (" + loop + " N402)"),
                require(address.postalCode(), claim, "postal code (" + loop + " N403)"));
    }

    private static void writeDemographics(SegmentWriter out, LocalDate birthDate, String sex) {
        out.segment("DMG", "D8", X12Formats.date(birthDate), sex == null || sex.isBlank() ? UNKNOWN_SEX : sex);
    }

    private static boolean isComplete(Address address) {
        return address != null && address.line1() != null && address.city() != null && address.state() != null
                && address.postalCode() != null;
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
