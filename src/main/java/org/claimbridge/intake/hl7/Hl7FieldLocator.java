package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.FieldLocator;

/**
 * Locates claim fields in a DFT^P03, and the patient and coverage fields of ADT and SIU messages. Fixed fields have a default place. For the others the mapper records
 * where each value came from: which FT1 field had the procedure, which DG1 or FT1 a diagnosis, and which
 * PID field a subscriber value was copied from.
 */
final class Hl7FieldLocator implements FieldLocator {

    /** Configuration property that sets the place of service, which HL7 v2 does not carry. */
    static final String PLACE_OF_SERVICE_PROPERTY = "claimbridge.claims.place-of-service-code";

    private static final Map<ClaimField, FieldLocation> DEFAULTS = defaults();

    private final Map<ClaimField, FieldLocation> overrides = new EnumMap<>(ClaimField.class);
    private final List<Integer> procedureFields = new ArrayList<>();
    private final List<FieldLocation> diagnoses = new ArrayList<>();

    /** Records the FT1 field (25 or 7) that gave the procedure code of the next service line. */
    void addLine(int procedureField) {
        procedureFields.add(procedureField);
    }

    /** Records where the next entry of the claim's diagnosis list came from. */
    void addDiagnosis(FieldLocation origin) {
        diagnoses.add(origin);
    }

    /** Records that a field was taken from another place than its default. */
    void override(ClaimField field, FieldLocation location) {
        overrides.put(field, location);
    }

    @Override
    public FieldLocation locate(ClaimField field, int occurrence) {
        return switch (field) {
            case SERVICE_LINE -> procedureFields.isEmpty() ? Hl7Locations.segment("FT1", 0)
                    : Hl7Locations.segment("FT1", occurrence);
            case LINE_PROCEDURE_CODE -> Hl7Locations.field("FT1", occurrence, procedureField(occurrence), 0);
            case LINE_MODIFIER -> Hl7Locations.field("FT1", occurrence, 26, 0);
            case LINE_UNITS -> Hl7Locations.field("FT1", occurrence, 10, 0);
            case LINE_CHARGE -> Hl7Locations.field("FT1", occurrence, 11, 0);
            case LINE_SERVICE_DATE -> Hl7Locations.field("FT1", occurrence, 4, 0);
            case LINE_DIAGNOSIS_POINTER -> Hl7Locations.field("FT1", occurrence, 19, 0);
            case LINE_RENDERING_NPI -> Hl7Locations.field("FT1", occurrence, 20, 0);
            case CLAIM_DIAGNOSIS_CODE -> occurrence <= diagnoses.size() ? diagnoses.get(occurrence - 1)
                    : Hl7Locations.field("DG1", occurrence, 3, 0);
            default -> overrides.getOrDefault(field, DEFAULTS.get(field));
        };
    }

    private int procedureField(int occurrence) {
        return occurrence <= procedureFields.size() ? procedureFields.get(occurrence - 1) : 7;
    }

    private static Map<ClaimField, FieldLocation> defaults() {
        Map<ClaimField, FieldLocation> map = new EnumMap<>(ClaimField.class);
        map.put(ClaimField.PATIENT, Hl7Locations.segment("PID", 1));
        map.put(ClaimField.PATIENT_LAST_NAME, Hl7Locations.field("PID", 5, 1));
        map.put(ClaimField.PATIENT_FIRST_NAME, Hl7Locations.field("PID", 5, 2));
        map.put(ClaimField.PATIENT_BIRTH_DATE, Hl7Locations.field("PID", 7, 0));
        map.put(ClaimField.PATIENT_SEX, Hl7Locations.field("PID", 8, 0));
        map.put(ClaimField.PATIENT_ADDRESS, Hl7Locations.field("PID", 11, 0));
        map.put(ClaimField.PATIENT_ADDRESS_LINE, Hl7Locations.field("PID", 11, 1));
        map.put(ClaimField.PATIENT_CITY, Hl7Locations.field("PID", 11, 3));
        map.put(ClaimField.PATIENT_STATE, Hl7Locations.field("PID", 11, 4));
        map.put(ClaimField.PATIENT_POSTAL_CODE, Hl7Locations.field("PID", 11, 5));
        map.put(ClaimField.PATIENT_PHONE, Hl7Locations.field("PID", 13, 0));

        map.put(ClaimField.SUBSCRIBER, Hl7Locations.segment("IN1", 1));
        map.put(ClaimField.SUBSCRIBER_MEMBER_ID, Hl7Locations.field("IN1", 36, 0));
        map.put(ClaimField.SUBSCRIBER_GROUP_NUMBER, Hl7Locations.field("IN1", 8, 0));
        map.put(ClaimField.SUBSCRIBER_LAST_NAME, Hl7Locations.field("IN1", 16, 1));
        map.put(ClaimField.SUBSCRIBER_FIRST_NAME, Hl7Locations.field("IN1", 16, 2));
        map.put(ClaimField.SUBSCRIBER_RELATIONSHIP, Hl7Locations.field("IN1", 17, 0));
        map.put(ClaimField.SUBSCRIBER_BIRTH_DATE, Hl7Locations.field("IN1", 18, 0));
        map.put(ClaimField.SUBSCRIBER_ADDRESS, Hl7Locations.field("IN1", 19, 0));
        map.put(ClaimField.SUBSCRIBER_ADDRESS_LINE, Hl7Locations.field("IN1", 19, 1));
        map.put(ClaimField.SUBSCRIBER_CITY, Hl7Locations.field("IN1", 19, 3));
        map.put(ClaimField.SUBSCRIBER_STATE, Hl7Locations.field("IN1", 19, 4));
        map.put(ClaimField.SUBSCRIBER_POSTAL_CODE, Hl7Locations.field("IN1", 19, 5));
        map.put(ClaimField.SUBSCRIBER_SEX, Hl7Locations.field("IN1", 43, 0));

        map.put(ClaimField.PAYER, Hl7Locations.segment("IN1", 1));
        map.put(ClaimField.PAYER_ID, Hl7Locations.field("IN1", 3, 0));
        map.put(ClaimField.PAYER_NAME, Hl7Locations.field("IN1", 4, 0));

        map.put(ClaimField.CLAIM_PATIENT_CONTROL_NUMBER, Hl7Locations.field("PV1", 19, 0));
        map.put(ClaimField.CLAIM_TOTAL_CHARGE, Hl7Locations.field("FT1", 0, 11, 0));
        map.put(ClaimField.CLAIM_PLACE_OF_SERVICE, new FieldLocation(PLACE_OF_SERVICE_PROPERTY, null, 0, 0, 0));
        map.put(ClaimField.CLAIM_DIAGNOSIS_COUNT, Hl7Locations.segment("DG1", 0));
        map.put(ClaimField.CLAIM_RENDERING_NPI, Hl7Locations.field("PV1", 7, 0));
        return map;
    }
}
