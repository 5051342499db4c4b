package org.claimbridge.intake.hl7;

import java.time.LocalDate;

import ca.uhn.hl7v2.model.Segment;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.ViolationCodes;

/** Reads the patient from PID and the subscriber and payer from the first IN1. */
final class PartyMapper {

    private final Hl7FieldLocator locator;
    private final MappingFindings findings;

    PartyMapper(Hl7FieldLocator locator, MappingFindings findings) {
        this.locator = locator;
        this.findings = findings;
    }

    /** Returns the patient, or null when the message has no PID. */
    Patient patient(Segment pid) {
        if (pid == null) {
            return null;
        }
        return new Patient(
                Hl7Types.personName(pid, 5),
                date(pid, 7, ClaimField.PATIENT_BIRTH_DATE),
                CodeTables.sex(Fields.code(pid, 8, 0, 1)),
                Hl7Types.address(pid, 11));
    }

    /** Returns the payer of an IN1, or null without one. */
    Payer payer(Segment in1) {
        if (in1 == null) {
            return null;
        }
        return new Payer(Fields.value(in1, 3, 1), Fields.value(in1, 4, 1));
    }

    /**
     * Returns the subscriber of an IN1, or null without one. When the patient is the subscriber (IN1-17 empty
     * or self), empty insured's name, birth date, sex and address are taken from PID, and the locator points
     * those fields at PID.
     */
    Subscriber subscriber(Segment in1, Patient patient) {
        if (in1 == null) {
            return null;
        }
        String relationship = CodeTables.relationship(Fields.code(in1, 17, 0, 1));
        boolean fromPatient = Subscriber.SELF.equals(relationship) && patient != null;

        PersonName name = Hl7Types.personName(in1, 16);
        if (name == null && fromPatient) {
            name = patient.name();
            locator.override(ClaimField.SUBSCRIBER_LAST_NAME, Hl7Locations.field("PID", 5, 1));
            locator.override(ClaimField.SUBSCRIBER_FIRST_NAME, Hl7Locations.field("PID", 5, 2));
        }
        LocalDate birthDate = date(in1, 18, ClaimField.SUBSCRIBER_BIRTH_DATE);
        if (Fields.value(in1, 18, 1) == null && fromPatient) {
            birthDate = patient.birthDate();
            locator.override(ClaimField.SUBSCRIBER_BIRTH_DATE, Hl7Locations.field("PID", 7, 0));
        }
        String sex = CodeTables.sex(Fields.code(in1, 43, 0, 1));
        if (sex == null && fromPatient) {
            sex = patient.sex();
            locator.override(ClaimField.SUBSCRIBER_SEX, Hl7Locations.field("PID", 8, 0));
        }
        Address address = Hl7Types.address(in1, 19);
        if (address == null && fromPatient) {
            address = patient.address();
            pointAddressAtPatient();
        }
        return new Subscriber(Fields.value(in1, 36, 1), Fields.value(in1, 8, 1), name, birthDate, sex, address,
                relationship);
    }

    private void pointAddressAtPatient() {
        locator.override(ClaimField.SUBSCRIBER_ADDRESS, Hl7Locations.field("PID", 11, 0));
        locator.override(ClaimField.SUBSCRIBER_ADDRESS_LINE, Hl7Locations.field("PID", 11, 1));
        locator.override(ClaimField.SUBSCRIBER_CITY, Hl7Locations.field("PID", 11, 3));
        locator.override(ClaimField.SUBSCRIBER_STATE, Hl7Locations.field("PID", 11, 4));
        locator.override(ClaimField.SUBSCRIBER_POSTAL_CODE, Hl7Locations.field("PID", 11, 5));
    }

    /** Reads the date of a DT/TS/DTM field, reporting a value without a full date. */
    private LocalDate date(Segment segment, int field, ClaimField claimField) {
        String text = Fields.value(segment, field, 1);
        LocalDate date = Fields.date(text);
        if (text != null && date == null) {
            FieldLocation location = Hl7Locations.field(segment.getName(), field, 0);
            findings.add(ViolationCodes.INVALID_DATE, location, claimField.label(),
                    "must start with a full date YYYYMMDD");
        }
        return date;
    }
}
