package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.Location;

import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.Violation;
import org.claimbridge.claims.validation.ViolationCodes;

/** Turns claim violations into ERR entries: location from the violation, HL7 error code from its reason. */
final class ViolationErrors {

    /**
     * HL7 table 0357 code per violation code. Table 0357 has no code for a broken business rule, so rules
     * such as TOTAL_MISMATCH use 207 (application error) and the ERR text gives the reason.
     */
    private static final Map<String, ErrorCode> ERROR_CODES = Map.ofEntries(
            Map.entry(ViolationCodes.REQUIRED, ErrorCode.REQUIRED_FIELD_MISSING),
            Map.entry(ViolationCodes.INVALID_DATE, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_NUMBER, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_ZIP, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_NPI, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_ICD10CM, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_PROCEDURE_CODE, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_MODIFIER, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.TOO_LONG, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_PHONE, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_MEMBER_ID, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_PAYER_ID, ErrorCode.DATA_TYPE_ERROR),
            Map.entry(ViolationCodes.INVALID_SEX, ErrorCode.TABLE_VALUE_NOT_FOUND),
            Map.entry(ViolationCodes.INVALID_STATE, ErrorCode.TABLE_VALUE_NOT_FOUND),
            Map.entry(ViolationCodes.INVALID_RELATIONSHIP, ErrorCode.TABLE_VALUE_NOT_FOUND),
            Map.entry(ViolationCodes.INVALID_PLACE_OF_SERVICE, ErrorCode.TABLE_VALUE_NOT_FOUND),
            Map.entry(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, ErrorCode.TABLE_VALUE_NOT_FOUND),
            Map.entry(ViolationCodes.PROCEDURE_NOT_CPT_HCPCS, ErrorCode.TABLE_VALUE_NOT_FOUND),
            Map.entry(ViolationCodes.UNSUPPORTED_TRANSACTION_TYPE, ErrorCode.TABLE_VALUE_NOT_FOUND));

    private ViolationErrors() {
    }

    static List<AckError> of(List<Violation> violations) {
        List<AckError> errors = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            AckError error = new AckError(violation.message(),
                    ERROR_CODES.getOrDefault(violation.code(), ErrorCode.APPLICATION_INTERNAL_ERROR));
            Location location = location(violation.location());
            if (location != null) {
                error.setLocation(location);
            }
            errors.add(error);
        }
        return errors;
    }

    /** Returns the HAPI location of an HL7 field location, or null for a place outside the message. */
    private static Location location(FieldLocation field) {
        if (field == null || field.segment() == null) {
            return null;
        }
        Location location = new Location().withSegmentName(field.segment());
        if (field.segmentOccurrence() > 0) {
            location = location.withSegmentRepetition(field.segmentOccurrence());
        }
        if (field.field() > 0) {
            location = location.withField(field.field());
        }
        if (field.component() > 0) {
            location = location.withComponent(field.component());
        }
        return location;
    }
}
