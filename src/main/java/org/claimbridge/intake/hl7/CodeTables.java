package org.claimbridge.intake.hl7;

import java.util.Map;
import java.util.Set;

/** Translations from HL7 v2 code tables to the claim model's X12 codes. */
final class CodeTables {

    /** Spellings of ICD-10-CM seen in CWE/CE coding system components, compared after {@link #normalize}. */
    private static final Set<String> ICD10CM_SYSTEMS = Set.of(
            "I10", "I10C", "I10CM", "ICD10", "ICD10CM", "2.16.840.1.113883.6.90", "HTTP://HL7.ORG/FHIR/SID/ICD10CM");

    /** CPT-4 (C4, CPT) and HCPCS spellings, including their HL7 OIDs, compared after {@link #normalize}. */
    private static final Set<String> PROCEDURE_SYSTEMS = Set.of(
            "C4", "CPT", "CPT4", "HCPCS", "HCPC", "2.16.840.1.113883.6.12", "2.16.840.1.113883.6.285");

    /**
     * HL7 table 0063 codes (and X12 codes sent as they are) to X12 individual relationship codes, read as the
     * patient's relationship to the insured: CHD means the patient is the insured's child (X12 19).
     */
    private static final Map<String, String> RELATIONSHIPS = Map.ofEntries(
            Map.entry("SEL", "18"), Map.entry("SELF", "18"),
            Map.entry("SPO", "01"),
            Map.entry("DOM", "53"),
            Map.entry("CHD", "19"), Map.entry("NCH", "19"), Map.entry("SCH", "19"), Map.entry("FCH", "19"),
            Map.entry("EME", "20"),
            Map.entry("UNK", "21"),
            Map.entry("GCH", "G8"), Map.entry("DEP", "G8"), Map.entry("WRD", "G8"), Map.entry("PAR", "G8"),
            Map.entry("MTH", "G8"), Map.entry("FTH", "G8"), Map.entry("GRD", "G8"), Map.entry("GRP", "G8"),
            Map.entry("SIB", "G8"), Map.entry("BRO", "G8"), Map.entry("SIS", "G8"), Map.entry("EXF", "G8"),
            Map.entry("CGV", "G8"), Map.entry("FND", "G8"), Map.entry("OAD", "G8"), Map.entry("OTH", "G8"),
            Map.entry("01", "01"), Map.entry("18", "18"), Map.entry("19", "19"), Map.entry("20", "20"),
            Map.entry("21", "21"), Map.entry("39", "39"), Map.entry("40", "40"), Map.entry("53", "53"),
            Map.entry("G8", "G8"));

    private CodeTables() {
    }

    /**
     * Maps HL7 administrative sex (table 0001) to F, M or U: O (other), A (ambiguous), N (not applicable) and
     * X become U, since the 837P DMG03 has no other codes. Other values are returned unchanged for the
     * validator to report.
     */
    static String sex(String hl7Sex) {
        if (hl7Sex == null) {
            return null;
        }
        return switch (hl7Sex) {
            case "F", "M", "U" -> hl7Sex;
            case "O", "A", "N", "X" -> "U";
            default -> hl7Sex;
        };
    }

    /** Maps IN1-17 to an X12 code; empty means self (18); unknown values are returned for the validator. */
    static String relationship(String hl7Relationship) {
        if (hl7Relationship == null) {
            return "18";
        }
        return RELATIONSHIPS.getOrDefault(hl7Relationship, hl7Relationship);
    }

    static boolean isIcd10CmSystem(String system) {
        return ICD10CM_SYSTEMS.contains(normalize(system));
    }

    static boolean isProcedureSystem(String system) {
        return PROCEDURE_SYSTEMS.contains(normalize(system));
    }

    /** Removes '-', '_' and spaces, so ICD-10-CM, ICD10CM and icd_10_cm compare equal (values are upper case). */
    private static String normalize(String system) {
        StringBuilder normalized = new StringBuilder(system.length());
        for (int i = 0; i < system.length(); i++) {
            char c = system.charAt(i);
            if (c != '-' && c != '_' && c != ' ') {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }
}
