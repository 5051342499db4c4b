package org.claimbridge.claims.validation;

/**
 * The claim model fields that validation rules check, each with the label that violation messages use and
 * the fix to suggest when the field is missing.
 */
public enum ClaimField {
    PATIENT("patient", "send the patient's demographics"),
    PATIENT_LAST_NAME("patient last name", "send the patient's family name"),
    PATIENT_FIRST_NAME("patient first name", "send the patient's given name"),
    PATIENT_BIRTH_DATE("patient birth date", "send the patient's birth date"),
    PATIENT_SEX("patient sex", "send F, M or U"),
    PATIENT_ADDRESS("patient address", "send the patient's street, city, state and ZIP"),
    PATIENT_ADDRESS_LINE("patient street address", "send the patient's street address"),
    PATIENT_CITY("patient city", "send the patient's city"),
    PATIENT_STATE("patient state", "send the two-letter USPS state code"),
    PATIENT_POSTAL_CODE("patient ZIP code", "send the 5 or 9 digit ZIP code"),
    PATIENT_PHONE("patient phone", "send the patient's phone number"),

    SUBSCRIBER("insurance", "send the primary insurance with payer, member id and subscriber"),
    SUBSCRIBER_MEMBER_ID("member id", "send the subscriber's member id from the insurance card"),
    SUBSCRIBER_GROUP_NUMBER("group number", "send the group number from the insurance card"),
    SUBSCRIBER_LAST_NAME("subscriber last name", "send the subscriber's family name as on the insurance card"),
    SUBSCRIBER_FIRST_NAME("subscriber first name", "send the subscriber's given name as on the insurance card"),
    SUBSCRIBER_BIRTH_DATE("subscriber birth date", "send the subscriber's birth date"),
    SUBSCRIBER_SEX("subscriber sex", "send F, M or U"),
    SUBSCRIBER_RELATIONSHIP("relationship to subscriber", "send the patient's relationship to the subscriber"),
    SUBSCRIBER_ADDRESS("subscriber address", "send the subscriber's street, city, state and ZIP"),
    SUBSCRIBER_ADDRESS_LINE("subscriber street address", "send the subscriber's street address"),
    SUBSCRIBER_CITY("subscriber city", "send the subscriber's city"),
    SUBSCRIBER_STATE("subscriber state", "send the two-letter USPS state code"),
    SUBSCRIBER_POSTAL_CODE("subscriber ZIP code", "send the 5 or 9 digit ZIP code"),

    PAYER("payer", "send the payer of the primary insurance"),
    PAYER_ID("payer id", "send the payer id that the clearinghouse assigned to this health plan"),
    PAYER_NAME("payer name", "send the health plan's name"),

    CLAIM_PATIENT_CONTROL_NUMBER("patient control number", "send the visit or account number of the claim"),
    CLAIM_TOTAL_CHARGE("total charge", "send the sum of the service line charges"),
    CLAIM_PLACE_OF_SERVICE("place of service", "configure a two-digit CMS place of service code"),
    CLAIM_DIAGNOSIS_CODE("diagnosis code", "send at least one ICD-10-CM diagnosis"),
    CLAIM_DIAGNOSIS_COUNT("diagnosis count", "send at most 12 diagnosis codes per claim"),
    CLAIM_RENDERING_NPI("rendering provider NPI", "send the rendering provider's 10-digit NPI"),

    SERVICE_LINE("service line", "send at least one charge"),
    LINE_PROCEDURE_CODE("procedure code", "send the CPT or HCPCS code of the service"),
    LINE_MODIFIER("procedure modifier", "send up to four two-character modifiers"),
    LINE_UNITS("service units", "send the number of units"),
    LINE_CHARGE("line charge", "send the line's charge amount"),
    LINE_SERVICE_DATE("service date", "send the date of service"),
    LINE_DIAGNOSIS_POINTER("line diagnosis", "send the line's diagnosis codes, 1 to 4 of the claim's"),
    LINE_RENDERING_NPI("line rendering provider NPI", "send the performing provider's 10-digit NPI");

    private final String label;
    private final String requiredFix;

    ClaimField(String label, String requiredFix) {
        this.label = label;
        this.requiredFix = requiredFix;
    }

    /** Returns the field's name as violation messages show it, for example "member id". */
    public String label() {
        return label;
    }

    /** Returns what a sender should do when the field is missing. */
    public String requiredFix() {
        return requiredFix;
    }
}
