package org.claimbridge.claims.validation;

import java.time.LocalDate;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Subscriber;

/** Rules for the patient, the subscriber and the payer. */
final class PartyRules {

    private final Findings findings;
    private final LocalDate today;

    PartyRules(Findings findings, LocalDate today) {
        this.findings = findings;
        this.today = today;
    }

    void checkPatient(Patient patient) {
        if (patient == null) {
            findings.required(ClaimField.PATIENT, 1);
            return;
        }
        checkName(patient.name(), ClaimField.PATIENT_LAST_NAME, ClaimField.PATIENT_FIRST_NAME);
        checkBirthDate(patient.birthDate(), ClaimField.PATIENT_BIRTH_DATE, true);
        checkSex(patient.sex(), ClaimField.PATIENT_SEX, true);
        checkAddress(patient.address(), AddressFields.PATIENT, true);
    }

    /**
     * Checks the subscriber. The 837P needs the subscriber's birth date, sex and address (2010BA DMG, N3,
     * N4) only when the subscriber is the patient. Otherwise they are checked only when present.
     */
    void checkSubscriber(Subscriber subscriber) {
        if (subscriber == null) {
            findings.required(ClaimField.SUBSCRIBER, 1);
            return;
        }
        if (Text.isBlank(subscriber.memberId())) {
            findings.required(ClaimField.SUBSCRIBER_MEMBER_ID, 1);
        }
        checkName(subscriber.name(), ClaimField.SUBSCRIBER_LAST_NAME, ClaimField.SUBSCRIBER_FIRST_NAME);
        String relationship = subscriber.relationshipToPatient();
        if (Text.isBlank(relationship)) {
            findings.required(ClaimField.SUBSCRIBER_RELATIONSHIP, 1);
        } else if (!CodeFormats.isRelationship(relationship)) {
            findings.add(ViolationCodes.INVALID_RELATIONSHIP, ClaimField.SUBSCRIBER_RELATIONSHIP, 1,
                    "must be self, spouse, child, employee, life partner, organ donor, cadaver donor, unknown"
                            + " or other" + ViolationText.received(relationship));
        }
        boolean isPatient = subscriber.isPatient();
        checkBirthDate(subscriber.birthDate(), ClaimField.SUBSCRIBER_BIRTH_DATE, isPatient);
        checkSex(subscriber.sex(), ClaimField.SUBSCRIBER_SEX, isPatient);
        checkAddress(subscriber.address(), AddressFields.SUBSCRIBER, isPatient);
    }

    void checkPayer(Payer payer) {
        if (payer == null) {
            findings.required(ClaimField.PAYER, 1);
            return;
        }
        if (Text.isBlank(payer.payerId())) {
            findings.required(ClaimField.PAYER_ID, 1);
        }
        if (Text.isBlank(payer.name())) {
            findings.required(ClaimField.PAYER_NAME, 1);
        }
    }

    private void checkName(PersonName name, ClaimField last, ClaimField first) {
        if (name == null || Text.isBlank(name.last())) {
            findings.required(last, 1);
        }
        if (name == null || Text.isBlank(name.first())) {
            findings.required(first, 1);
        }
    }

    private void checkBirthDate(LocalDate birthDate, ClaimField field, boolean required) {
        if (birthDate == null) {
            if (required) {
                findings.required(field, 1);
            }
        } else if (birthDate.isAfter(today)) {
            findings.add(ViolationCodes.FUTURE_DATE, field, 1, "must not be later than today");
        }
    }

    private void checkSex(String sex, ClaimField field, boolean required) {
        if (Text.isBlank(sex)) {
            if (required) {
                findings.required(field, 1);
            }
        } else if (!CodeFormats.isSex(sex)) {
            findings.add(ViolationCodes.INVALID_SEX, field, 1, "must be F, M or U");
        }
    }

    private void checkAddress(Address address, AddressFields fields, boolean required) {
        if (address == null) {
            if (required) {
                findings.required(fields.whole(), 1);
            }
            return;
        }
        if (Text.isBlank(address.line1())) {
            findings.required(fields.line(), 1);
        }
        if (Text.isBlank(address.city())) {
            findings.required(fields.city(), 1);
        }
        if (Text.isBlank(address.state())) {
            findings.required(fields.state(), 1);
        } else if (!CodeFormats.isState(address.state())) {
            findings.add(ViolationCodes.INVALID_STATE, fields.state(), 1,
                    "must be the USPS code of a US state, DC, territory or military post office"
                            + ViolationText.received(address.state()));
        }
        if (Text.isBlank(address.postalCode())) {
            findings.required(fields.postalCode(), 1);
        } else if (!CodeFormats.isZip(address.postalCode())) {
            findings.add(ViolationCodes.INVALID_ZIP, fields.postalCode(), 1, "must be 5 or 9 digits");
        }
    }

    /** The claim fields of one address. */
    private record AddressFields(
            ClaimField whole, ClaimField line, ClaimField city, ClaimField state, ClaimField postalCode) {

        static final AddressFields PATIENT = new AddressFields(ClaimField.PATIENT_ADDRESS,
                ClaimField.PATIENT_ADDRESS_LINE, ClaimField.PATIENT_CITY, ClaimField.PATIENT_STATE,
                ClaimField.PATIENT_POSTAL_CODE);
        static final AddressFields SUBSCRIBER = new AddressFields(ClaimField.SUBSCRIBER_ADDRESS,
                ClaimField.SUBSCRIBER_ADDRESS_LINE, ClaimField.SUBSCRIBER_CITY, ClaimField.SUBSCRIBER_STATE,
                ClaimField.SUBSCRIBER_POSTAL_CODE);
    }
}
