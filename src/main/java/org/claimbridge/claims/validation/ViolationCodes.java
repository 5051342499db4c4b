package org.claimbridge.claims.validation;

/** Stable reason codes of {@link Violation}; callers and tests match on these, never on message text. */
public final class ViolationCodes {

    /** A field that the 837P needs is empty. */
    public static final String REQUIRED = "REQUIRED";
    /** A date is not a calendar date in the format the message needs. */
    public static final String INVALID_DATE = "INVALID_DATE";
    /** A birth or service date lies after the day of intake. */
    public static final String FUTURE_DATE = "FUTURE_DATE";
    /** A quantity or amount is not a decimal number. */
    public static final String INVALID_NUMBER = "INVALID_NUMBER";
    /** Administrative sex is not F, M or U. */
    public static final String INVALID_SEX = "INVALID_SEX";
    /** A state is not a USPS code of a US state, DC, territory or military post. */
    public static final String INVALID_STATE = "INVALID_STATE";
    /** A ZIP code has neither 5 nor 9 digits. */
    public static final String INVALID_ZIP = "INVALID_ZIP";
    /** An NPI has not 10 digits or fails its check digit. */
    public static final String INVALID_NPI = "INVALID_NPI";
    /** The patient's relationship to the subscriber has no X12 code. */
    public static final String INVALID_RELATIONSHIP = "INVALID_RELATIONSHIP";
    /** A diagnosis is coded in a system other than ICD-10-CM. */
    public static final String DIAGNOSIS_NOT_ICD10CM = "DIAGNOSIS_NOT_ICD10CM";
    /** A diagnosis code does not have the ICD-10-CM format. */
    public static final String INVALID_ICD10CM = "INVALID_ICD10CM";
    /** A procedure is coded in a system other than CPT or HCPCS. */
    public static final String PROCEDURE_NOT_CPT_HCPCS = "PROCEDURE_NOT_CPT_HCPCS";
    /** A procedure code has neither the CPT nor the HCPCS Level II format. */
    public static final String INVALID_PROCEDURE_CODE = "INVALID_PROCEDURE_CODE";
    /** A procedure modifier is not two letters or digits. */
    public static final String INVALID_MODIFIER = "INVALID_MODIFIER";
    /** A service line has more than four procedure modifiers. */
    public static final String TOO_MANY_MODIFIERS = "TOO_MANY_MODIFIERS";
    /** Service units are zero or negative. */
    public static final String NONPOSITIVE_UNITS = "NONPOSITIVE_UNITS";
    /** A charge is zero or negative. */
    public static final String NONPOSITIVE_CHARGE = "NONPOSITIVE_CHARGE";
    /** The claim total differs from the sum of the line charges. */
    public static final String TOTAL_MISMATCH = "TOTAL_MISMATCH";
    /** The claim has more than 12 diagnosis codes. */
    public static final String TOO_MANY_DIAGNOSES = "TOO_MANY_DIAGNOSES";
    /** A service line points to more than four diagnoses. */
    public static final String TOO_MANY_DIAGNOSIS_POINTERS = "TOO_MANY_DIAGNOSIS_POINTERS";
    /** A diagnosis pointer is outside the claim's diagnosis list. */
    public static final String DIAGNOSIS_POINTER_OUT_OF_RANGE = "DIAGNOSIS_POINTER_OUT_OF_RANGE";
    /** The place of service is not a two-digit CMS code. */
    public static final String INVALID_PLACE_OF_SERVICE = "INVALID_PLACE_OF_SERVICE";
    /** A value is longer than its X12 element allows. */
    public static final String TOO_LONG = "TOO_LONG";
    /** A financial transaction is not a charge, so it cannot be a claim line. */
    public static final String UNSUPPORTED_TRANSACTION_TYPE = "UNSUPPORTED_TRANSACTION_TYPE";

    /** A phone number is not a 10-digit North American number. */
    public static final String INVALID_PHONE = "INVALID_PHONE";
    /** A member id is shorter than 2 or longer than 80 characters, or breaks its payer's configured pattern. */
    public static final String INVALID_MEMBER_ID = "INVALID_MEMBER_ID";
    /** A payer id is shorter than 2 or longer than 80 characters. */
    public static final String INVALID_PAYER_ID = "INVALID_PAYER_ID";

    private ViolationCodes() {
    }
}
