package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.hl7v2.model.Segment;

import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.ViolationCodes;
import org.claimbridge.claims.validation.ViolationText;

/**
 * The claim's diagnosis list: DG1-3 codes in DG1-15 priority order, then line codes from FT1-19 that no DG1
 * carries. A code is listed once; J45.909 and J45909 are the same code.
 */
final class DiagnosisList {

    private static final String LABEL = ClaimField.CLAIM_DIAGNOSIS_CODE.label();

    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Hl7FieldLocator locator;
    private final MappingFindings findings;

    DiagnosisList(Hl7FieldLocator locator, MappingFindings findings) {
        this.locator = locator;
        this.findings = findings;
    }

    /**
     * Adds the DG1 diagnoses sorted by DG1-15 priority (1 is the principal diagnosis); DG1s without a
     * priority, or with priority 0 (not ranked), follow in message order.
     */
    void addDg1s(List<Segment> dg1s) {
        List<Dg1> entries = new ArrayList<>(dg1s.size());
        for (int i = 0; i < dg1s.size(); i++) {
            Segment dg1 = dg1s.get(i);
            // DG1-2 (diagnosis coding method) named the code system before v2.5 deprecated it.
            String system = Fields.code(dg1, 3, 0, 3);
            entries.add(new Dg1(Fields.code(dg1, 3, 0, 1), system != null ? system : Fields.code(dg1, 2, 0, 1),
                    rank(Fields.value(dg1, 15, 1)), Hl7Locations.field("DG1", i + 1, 3, 0)));
        }
        entries.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        for (Dg1 entry : entries) {
            if (entry.code() == null) {
                findings.add(ViolationCodes.REQUIRED, entry.location(), LABEL,
                        "is required for payer claims; send the ICD-10-CM code or leave out the DG1 segment");
            } else {
                checkSystem(entry.system(), entry.location());
                add(entry.code(), entry.location());
            }
        }
    }

    /**
     * Returns the one-based position of a line's diagnosis code, appending it (and checking its coding
     * system) when no DG1 carried it.
     */
    int pointerFor(String code, String system, FieldLocation origin) {
        Integer position = positions.get(key(code));
        if (position != null) {
            return position;
        }
        checkSystem(system, origin);
        return add(code, origin);
    }

    List<String> codes() {
        return List.copyOf(codes);
    }

    private int add(String code, FieldLocation origin) {
        Integer existing = positions.putIfAbsent(key(code), codes.size() + 1);
        if (existing != null) {
            return existing;
        }
        codes.add(code);
        locator.addDiagnosis(origin);
        return codes.size();
    }

    private void checkSystem(String system, FieldLocation location) {
        if (system != null && !CodeTables.isIcd10CmSystem(system)) {
            findings.add(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, location, LABEL,
                    "must be coded in ICD-10-CM (coding system I10)" + receivedSystem(system));
        }
    }

    static String receivedSystem(String system) {
        return ViolationText.isCodeShaped(system) ? "; received coding system " + system
                : ViolationText.received(system);
    }

    private static String key(String code) {
        return code.replace(".", "");
    }

    private static int rank(String priority) {
        if (priority != null && priority.length() <= 3 && priority.chars().allMatch(Character::isDigit)) {
            int value = Integer.parseInt(priority);
            return value == 0 ? Integer.MAX_VALUE : value;
        }
        return Integer.MAX_VALUE;
    }

    private record Dg1(String code, String system, int rank, FieldLocation location) {
    }
}
