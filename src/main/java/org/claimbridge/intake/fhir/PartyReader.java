package org.claimbridge.intake.fhir;

import java.time.LocalDate;
import java.util.List;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.ViolationCodes;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** Reads a Patient or RelatedPerson into the claim model's person fields, recording where each came from. */
final class PartyReader {

    /** The claim fields of one person: the patient's or the subscriber's. */
    record PersonFields(ClaimField whole, ClaimField last, ClaimField first, ClaimField birthDate, ClaimField sex,
            ClaimField address, ClaimField line, ClaimField city, ClaimField state, ClaimField postalCode) {

        static final PersonFields PATIENT = new PersonFields(ClaimField.PATIENT, ClaimField.PATIENT_LAST_NAME,
                ClaimField.PATIENT_FIRST_NAME, ClaimField.PATIENT_BIRTH_DATE, ClaimField.PATIENT_SEX,
                ClaimField.PATIENT_ADDRESS, ClaimField.PATIENT_ADDRESS_LINE, ClaimField.PATIENT_CITY,
                ClaimField.PATIENT_STATE, ClaimField.PATIENT_POSTAL_CODE);
        static final PersonFields SUBSCRIBER = new PersonFields(ClaimField.SUBSCRIBER,
                ClaimField.SUBSCRIBER_LAST_NAME, ClaimField.SUBSCRIBER_FIRST_NAME, ClaimField.SUBSCRIBER_BIRTH_DATE,
                ClaimField.SUBSCRIBER_SEX, ClaimField.SUBSCRIBER_ADDRESS, ClaimField.SUBSCRIBER_ADDRESS_LINE,
                ClaimField.SUBSCRIBER_CITY, ClaimField.SUBSCRIBER_STATE, ClaimField.SUBSCRIBER_POSTAL_CODE);
    }

    private final FhirFieldLocator locator;
    private final MappingIssues issues;

    PartyReader(FhirFieldLocator locator, MappingIssues issues) {
        this.locator = locator;
        this.issues = issues;
    }

    /** Reads a Patient or RelatedPerson; returns null for other resources. */
    Patient read(Resolved<? extends Resource> person, PersonFields fields) {
        if (person.resource() instanceof org.hl7.fhir.r4.model.Patient patient) {
            return read(person, patient.getName(), patient.getBirthDateElement(), patient.getGender(),
                    patient.getAddress(), fields);
        }
        if (person.resource() instanceof RelatedPerson related) {
            return read(person, related.getName(), related.getBirthDateElement(), related.getGender(),
                    related.getAddress(), fields);
        }
        return null;
    }

    private Patient read(Resolved<?> person, List<HumanName> names, DateType birthDate, AdministrativeGender gender,
            List<org.hl7.fhir.r4.model.Address> addresses, PersonFields fields) {
        locator.place(fields.whole(), person.path());
        return new Patient(name(person, names, fields), birthDate(person, birthDate, fields.birthDate()),
                sex(person, gender, fields.sex()), address(person, addresses, fields));
    }

    private PersonName name(Resolved<?> person, List<HumanName> names, PersonFields fields) {
        int index = pick(names);
        String path = person.at("name" + (index < 0 ? "" : "[" + index + "]"));
        locator.place(fields.last(), path + ".family");
        locator.place(fields.first(), path + ".given");
        if (index < 0) {
            return null;
        }
        HumanName name = names.get(index);
        List<StringType> given = name.getGiven();
        return new PersonName(name.getFamily(), given.isEmpty() ? null : given.get(0).getValue(),
                given.size() < 2 ? null : given.get(1).getValue(),
                name.getSuffix().isEmpty() ? null : name.getSuffix().get(0).getValue());
    }

    /** Returns the official name, else the usual one, else the first that is not old; -1 for none. */
    private static int pick(List<HumanName> names) {
        for (NameUse use : new NameUse[] {NameUse.OFFICIAL, NameUse.USUAL}) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).getUse() == use && names.get(i).hasFamily()) {
                    return i;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getUse() != NameUse.OLD && names.get(i).getUse() != NameUse.MAIDEN) {
                return i;
            }
        }
        return -1;
    }

    private LocalDate birthDate(Resolved<?> person, DateType date, ClaimField field) {
        String path = person.at("birthDate");
        locator.place(field, path);
        if (date == null || date.getValue() == null) {
            return null;
        }
        if (date.getPrecision() != TemporalPrecisionEnum.DAY) {
            issues.add(ViolationCodes.INVALID_DATE, IssueType.INVALID, path, "(" + field.label() + ") must be a"
                    + " full date YYYY-MM-DD; received a year or a year and month only");
            return null;
        }
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private String sex(Resolved<?> person, AdministrativeGender gender, ClaimField field) {
        locator.place(field, person.at("gender"));
        if (gender == null || gender == AdministrativeGender.NULL) {
            return null;
        }
        return switch (gender) {
            case MALE -> "M";
            case FEMALE -> "F";
            default -> "U";
        };
    }

    private Address address(Resolved<?> person, List<org.hl7.fhir.r4.model.Address> addresses, PersonFields fields) {
        int index = -1;
        for (int i = 0; i < addresses.size() && index < 0; i++) {
            if (addresses.get(i).getUse() == AddressUse.HOME || addresses.get(i).getUse() == AddressUse.BILLING) {
                index = i;
            }
        }
        for (int i = 0; i < addresses.size() && index < 0; i++) {
            if (addresses.get(i).getUse() != AddressUse.OLD) {
                index = i;
            }
        }
        String path = person.at("address" + (index < 0 ? "" : "[" + index + "]"));
        locator.place(fields.address(), path);
        locator.place(fields.line(), path + ".line");
        locator.place(fields.city(), path + ".city");
        locator.place(fields.state(), path + ".state");
        locator.place(fields.postalCode(), path + ".postalCode");
        if (index < 0) {
            return null;
        }
        org.hl7.fhir.r4.model.Address address = addresses.get(index);
        List<StringType> lines = address.getLine();
        String postalCode = address.getPostalCode();
        return new Address(lines.isEmpty() ? null : lines.get(0).getValue(),
                lines.size() < 2 ? null : lines.get(1).getValue(), address.getCity(),
                address.getState() == null ? null : address.getState().trim(),
                postalCode == null ? null : postalCode.replace("-", "").trim());
    }
}
