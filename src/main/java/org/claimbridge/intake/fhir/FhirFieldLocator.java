package org.claimbridge.intake.fhir;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.FieldLocator;

/**
 * Names claim fields by the FHIRPath of the element they were read from, for example Coverage.subscriberId
 * or Bundle.entry[2].resource.birthDate. The readers record each place as they read it; fields never read
 * fall back to the element that should have held them.
 *
 * <p>A locator with a scope validates one resource on its own: fields outside the scope get
 * {@link #OUT_OF_SCOPE}, and their violations are dropped.
 */
final class FhirFieldLocator implements FieldLocator {

    /** Location of fields outside the scope; its display never reaches a sender. */
    static final FieldLocation OUT_OF_SCOPE = new FieldLocation("(out of scope)", "OUT_OF_SCOPE", 0, 0, 0);

    private final Map<ClaimField, FieldLocation> places = new EnumMap<>(ClaimField.class);
    private final List<String> itemPaths = new ArrayList<>();
    private final List<String> diagnosisPaths = new ArrayList<>();
    private final Map<Integer, String> lineProviderPaths = new java.util.HashMap<>();
    private final Set<ClaimField> scope;
    private final String claimPath;

    /** Creates a locator for a whole claim at the given path. */
    FhirFieldLocator(String claimPath) {
        this(claimPath, null);
    }

    /** Creates a locator that reports only the fields in scope, or all fields when scope is null. */
    FhirFieldLocator(String claimPath, Set<ClaimField> scope) {
        this.claimPath = claimPath;
        this.scope = scope;
    }

    void place(ClaimField field, String expression) {
        places.put(field, location(expression));
    }

    /** Records the path of the next service line, for example Claim.item[0]. */
    void addItem(String path) {
        itemPaths.add(path);
    }

    /** Records where the next entry of the claim's diagnosis list came from. */
    void addDiagnosis(String path) {
        diagnosisPaths.add(path);
    }

    /** Records the element that gave a line's rendering provider NPI. */
    void placeLineProvider(int occurrence, String path) {
        lineProviderPaths.put(occurrence, path);
    }

    @Override
    public FieldLocation locate(ClaimField field, int occurrence) {
        if (scope != null && !scope.contains(field)) {
            return OUT_OF_SCOPE;
        }
        return switch (field) {
            case SERVICE_LINE -> location(itemPaths.isEmpty() ? claimPath + ".item" : item(occurrence));
            case LINE_PROCEDURE_CODE -> location(item(occurrence) + ".productOrService");
            case LINE_MODIFIER -> location(item(occurrence) + ".modifier");
            case LINE_UNITS -> location(item(occurrence) + ".quantity");
            case LINE_CHARGE -> location(item(occurrence) + ".net");
            case LINE_SERVICE_DATE -> location(item(occurrence) + ".servicedDate");
            case LINE_DIAGNOSIS_POINTER -> location(item(occurrence) + ".diagnosisSequence");
            case LINE_RENDERING_NPI -> location(lineProviderPaths.getOrDefault(occurrence,
                    item(occurrence) + ".careTeamSequence"));
            case CLAIM_DIAGNOSIS_CODE -> location(occurrence <= diagnosisPaths.size()
                    ? diagnosisPaths.get(occurrence - 1) : claimPath + ".diagnosis");
            default -> places.getOrDefault(field, location(claimPath + "." + FALLBACKS.getOrDefault(field, "")));
        };
    }

    private String item(int occurrence) {
        return occurrence <= itemPaths.size() ? itemPaths.get(occurrence - 1)
                : claimPath + ".item[" + (occurrence - 1) + "]";
    }

    private static FieldLocation location(String expression) {
        return new FieldLocation(expression, null, 0, 0, 0);
    }

    /** Claim elements that hold a field when no reader recorded a place for it. */
    private static final Map<ClaimField, String> FALLBACKS = Map.ofEntries(
            Map.entry(ClaimField.PATIENT, "patient"),
            Map.entry(ClaimField.SUBSCRIBER, "insurance"),
            Map.entry(ClaimField.PAYER, "insurance"),
            Map.entry(ClaimField.CLAIM_PATIENT_CONTROL_NUMBER, "identifier"),
            Map.entry(ClaimField.CLAIM_TOTAL_CHARGE, "total"),
            Map.entry(ClaimField.CLAIM_PLACE_OF_SERVICE, "item.locationCodeableConcept"),
            Map.entry(ClaimField.CLAIM_DIAGNOSIS_COUNT, "diagnosis"),
            Map.entry(ClaimField.CLAIM_RENDERING_NPI, "careTeam"));
}
