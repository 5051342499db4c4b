package org.claimbridge.intake.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.validation.ViolationCodes;
import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.PositiveIntType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** Reads Claim.item into service lines. */
final class LineReader {

    private final DiagnosisReader diagnoses;
    private final CareTeamReader careTeam;
    private final FhirFieldLocator locator;
    private final MappingIssues issues;

    LineReader(DiagnosisReader diagnoses, CareTeamReader careTeam, FhirFieldLocator locator, MappingIssues issues) {
        this.diagnoses = diagnoses;
        this.careTeam = careTeam;
        this.locator = locator;
        this.issues = issues;
    }

    List<ServiceLine> read(Resolved<org.hl7.fhir.r4.model.Claim> claim) {
        List<ServiceLine> lines = new ArrayList<>();
        List<ItemComponent> items = claim.resource().getItem();
        for (int i = 0; i < items.size(); i++) {
            String path = claim.at("item[" + i + "]");
            locator.addItem(path);
            lines.add(read(claim, items.get(i), path, i + 1));
        }
        return List.copyOf(lines);
    }

    private ServiceLine read(Resolved<org.hl7.fhir.r4.model.Claim> claim, ItemComponent item, String path,
            int occurrence) {
        BigDecimal units = item.getQuantity().hasValue() ? item.getQuantity().getValue() : BigDecimal.ONE;
        return new ServiceLine(procedure(item.getProductOrService(), path + ".productOrService"), modifiers(item),
                units, charge(item, units), serviceDate(claim, item, path), pointers(item, path),
                provider(item, occurrence));
    }

    /** Returns the CPT or HCPCS code; a coding without a system is taken as is for the format rules. */
    private String procedure(CodeableConcept concept, String path) {
        Coding coding = FhirCodeSystems.find(concept, FhirCodeSystems.PROCEDURE);
        if (coding != null) {
            return coding.getCode();
        }
        for (Coding candidate : concept.getCoding()) {
            if (!candidate.hasSystem() && candidate.hasCode()) {
                return candidate.getCode();
            }
        }
        if (concept.hasCoding()) {
            issues.wrongSystem(ViolationCodes.PROCEDURE_NOT_CPT_HCPCS, path, "(procedure code) must be coded in CPT"
                    + " (system http://www.ama-assn.org/go/cpt) or HCPCS (system"
                    + " https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets)", concept.getCodingFirstRep()
                            .getSystem());
        }
        return null;
    }

    private static List<String> modifiers(ItemComponent item) {
        List<String> modifiers = new ArrayList<>();
        for (CodeableConcept modifier : item.getModifier()) {
            if (modifier.getCodingFirstRep().hasCode()) {
                modifiers.add(modifier.getCodingFirstRep().getCode());
            }
        }
        return List.copyOf(modifiers);
    }

    /** Returns Claim.item.net, else unitPrice times quantity and factor, else null. */
    private static BigDecimal charge(ItemComponent item, BigDecimal units) {
        if (item.getNet().hasValue()) {
            return item.getNet().getValue();
        }
        if (item.getUnitPrice().hasValue()) {
            BigDecimal factor = item.hasFactor() ? item.getFactor() : BigDecimal.ONE;
            return item.getUnitPrice().getValue().multiply(units).multiply(factor);
        }
        return null;
    }

    /** Returns servicedDate, else the start of servicedPeriod, else the start of Claim.billablePeriod. */
    private LocalDate serviceDate(Resolved<org.hl7.fhir.r4.model.Claim> claim, ItemComponent item, String path) {
        if (item.hasServicedDateType()) {
            return day(item.getServicedDateType(), path + ".servicedDate");
        }
        if (item.hasServicedPeriod() && item.getServicedPeriod().hasStart()) {
            return day(item.getServicedPeriod().getStartElement(), path + ".servicedPeriod.start");
        }
        org.hl7.fhir.r4.model.Claim resource = claim.resource();
        if (resource.hasBillablePeriod() && resource.getBillablePeriod().hasStart()) {
            return day(resource.getBillablePeriod().getStartElement(), claim.at("billablePeriod.start"));
        }
        return null;
    }

    private LocalDate day(BaseDateTimeType date, String path) {
        if (date.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            issues.add(ViolationCodes.INVALID_DATE, IssueType.INVALID, path, "(service date) must be a full date"
                    + " YYYY-MM-DD; received a year or a year and month only");
            return null;
        }
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    /**
     * Maps item.diagnosisSequence to positions in the claim's diagnosis list. An item without one points to
     * the principal diagnosis, because the 837P needs a pointer on every line.
     */
    private List<Integer> pointers(ItemComponent item, String path) {
        List<Integer> pointers = new ArrayList<>();
        if (item.getDiagnosisSequence().isEmpty()) {
            return diagnoses.codes().isEmpty() ? List.of() : List.of(1);
        }
        for (PositiveIntType sequence : item.getDiagnosisSequence()) {
            Integer position = sequence.getValue() == null ? null : diagnoses.position(sequence.getValue());
            if (position == null) {
                issues.add(ViolationCodes.DIAGNOSIS_POINTER_OUT_OF_RANGE, IssueType.BUSINESSRULE,
                        path + ".diagnosisSequence", "(line diagnosis) must name a Claim.diagnosis.sequence;"
                                + " received " + sequence.getValue());
            } else if (!pointers.contains(position)) {
                pointers.add(position);
            }
        }
        return List.copyOf(pointers);
    }

    /** Returns the line's own rendering provider when its first care team member is not the claim's. */
    private Provider provider(ItemComponent item, int occurrence) {
        if (item.getCareTeamSequence().isEmpty()) {
            return null;
        }
        CareTeamReader.Member member = careTeam.member(item.getCareTeamSequence().get(0).getValue());
        if (member == null || member.provider() == careTeam.primary()) {
            return null;
        }
        locator.placeLineProvider(occurrence, member.npiPath());
        return member.provider();
    }
}
