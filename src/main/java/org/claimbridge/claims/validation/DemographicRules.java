package org.claimbridge.claims.validation;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Subscriber;

/**
 * The demographic rules for the patient, the subscriber and the payer, shared by the claim path
 * ({@link ClaimValidator}) and by registrations and appointments ({@link DemographicValidator}).
 */
final class DemographicRules {

    /** X12 NM109 of the payer (2010BB, 2100A) and of the subscriber (2010BA, 2100C) has 2 to 80 characters. */
    static final int MIN_IDENTIFIER_LENGTH = 2;
    static final int MAX_IDENTIFIER_LENGTH = 80;

    private final Findings findings;
    private final LocalDate today;
    private final boolean dependentNeedsSubscriberBirthDate;

    /**
     * @param dependentNeedsSubscriberBirthDate whether a subscriber who is not the patient needs a birth date, as
     *     a 270 inquiry does (2100C DMG) and an 837P does not
     */
    DemographicRules(Findings findings, LocalDate today, boolean dependentNeedsSubscriberBirthDate) {
        this.findings = findings;
        this.today = today;
        this.dependentNeedsSubscriberBirthDate = dependentNeedsSubscriberBirthDate;
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
     * Checks a phone number: 10 digits after removing spaces, parentheses, hyphens and points (and a leading 1),
     * whose area code and exchange start with 2 to 9, as North American numbers do. The message never quotes the
     * number.
     */
    void checkPhone(String phone) {
        if (Text.isBlank(phone)) {
            findings.required(ClaimField.PATIENT_PHONE, 1);
        } else if (!CodeFormats.isUsPhone(phone)) {
            findings.add(ViolationCodes.INVALID_PHONE, ClaimField.PATIENT_PHONE, 1,
                    "must be a North American phone number of 10 digits, such as (555) 555-0100");
        }
    }

    /**
     * Checks the subscriber. The 837P needs the subscriber's birth date, sex and address (2010BA DMG, N3,
     * N4) only when the subscriber is the patient. Otherwise they are checked only when present, except the
     * birth date when the rules were created for eligibility inquiries.
     *
     * @param payerId the payer's id, which selects the member id pattern; may be null
     */
    void checkSubscriber(Subscriber subscriber, String payerId) {
        if (subscriber == null) {
            findings.required(ClaimField.SUBSCRIBER, 1);
            return;
        }
        checkMemberId(subscriber.memberId(), payerId);
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
        checkBirthDate(subscriber.birthDate(), ClaimField.SUBSCRIBER_BIRTH_DATE,
                isPatient || dependentNeedsSubscriberBirthDate);
        checkSex(subscriber.sex(), ClaimField.SUBSCRIBER_SEX, isPatient);
        checkAddress(subscriber.address(), AddressFields.SUBSCRIBER, isPatient);
    }

    void checkPayer(Payer payer) {
        if (payer == null) {
            findings.required(ClaimField.PAYER, 1);
            return;
        }
        String payerId = payer.payerId();
        if (Text.isBlank(payerId)) {
            findings.required(ClaimField.PAYER_ID, 1);
        } else if (!hasIdentifierLength(payerId)) {
            findings.add(ViolationCodes.INVALID_PAYER_ID, ClaimField.PAYER_ID, 1,
                    "must have " + MIN_IDENTIFIER_LENGTH + " to " + MAX_IDENTIFIER_LENGTH + " characters, as X12"
                            + " NM109 requires; send the payer id the clearinghouse assigned"
                            + ViolationText.received(payerId));
        }
        if (Text.isBlank(payer.name())) {
            findings.required(ClaimField.PAYER_NAME, 1);
        }
    }

    /** Checks the member id's length and the payer's configured pattern. The message never quotes the id. */
    private void checkMemberId(String memberId, String payerId) {
        if (Text.isBlank(memberId)) {
            findings.required(ClaimField.SUBSCRIBER_MEMBER_ID, 1);
            return;
        }
        if (!hasIdentifierLength(memberId)) {
            findings.add(ViolationCodes.INVALID_MEMBER_ID, ClaimField.SUBSCRIBER_MEMBER_ID, 1,
                    "must have " + MIN_IDENTIFIER_LENGTH + " to " + MAX_IDENTIFIER_LENGTH + " characters, as X12"
                            + " NM109 requires; send the member id from the insurance card");
            return;
        }
        Pattern pattern = findings.policy().memberIdPattern(payerId);
        if (pattern != null && !pattern.matcher(memberId).matches()) {
            findings.add(ViolationCodes.INVALID_MEMBER_ID, ClaimField.SUBSCRIBER_MEMBER_ID, 1,
                    "does not match the member id format of payer " + payerId + " (pattern " + pattern.pattern()
                            + " in claimbridge.demographics.member-id-patterns); send the member id exactly as on"
                            + " the insurance card");
        }
    }

    private static boolean hasIdentifierLength(String identifier) {
        int length = identifier.strip().length();
        return length >= MIN_IDENTIFIER_LENGTH && length <= MAX_IDENTIFIER_LENGTH;
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
