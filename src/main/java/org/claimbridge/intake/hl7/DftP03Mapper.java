package org.claimbridge.intake.hl7;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.model.Segment;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.Violation;

/** Maps the segments of a DFT^P03 to a claim; docs/HL7-DFT-P03-MAPPING.md lists every field. */
final class DftP03Mapper {

    /**
     * A mapped claim, the problems found while reading it, and where each claim field came from.
     *
     * @param violations values the claim model cannot hold (dates, numbers, code systems); the validator
     *     reports the rest
     */
    record Mapping(Claim claim, List<Violation> violations, Hl7FieldLocator locator) {
    }

    private final String placeOfServiceCode;

    DftP03Mapper(String placeOfServiceCode) {
        this.placeOfServiceCode = placeOfServiceCode;
    }

    Mapping map(SegmentIndex segments) {
        Hl7FieldLocator locator = new Hl7FieldLocator();
        MappingFindings findings = new MappingFindings();
        PartyMapper parties = new PartyMapper(locator, findings);

        Patient patient = parties.patient(segments.pid());
        Segment in1 = segments.in1s().isEmpty() ? null : segments.in1s().get(0);

        DiagnosisList diagnoses = new DiagnosisList(locator, findings);
        diagnoses.addDg1s(segments.dg1s());
        LineMapper lineMapper = new LineMapper(diagnoses, locator, findings);
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < segments.ft1s().size(); i++) {
            lines.add(lineMapper.read(segments.ft1s().get(i), i + 1));
        }

        Claim claim = new Claim(
                Fields.value(segments.pv1(), 19, 1),
                total(lines),
                placeOfServiceCode,
                patient,
                parties.subscriber(in1, patient),
                parties.payer(in1),
                diagnoses.codes(),
                List.copyOf(lines),
                renderingProvider(segments.pv1(), locator));
        return new Mapping(claim, findings.violations(), locator);
    }

    /** Returns the sum of the line charges (FT1-11, the extended amount); lines without a charge add nothing. */
    private static BigDecimal total(List<ServiceLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (ServiceLine line : lines) {
            if (line.chargeAmount() != null) {
                total = total.add(line.chargeAmount());
            }
        }
        return total;
    }

    /**
     * Returns the attending doctor (PV1-7), else the admitting doctor (PV1-17), when identified by an NPI.
     * The referring doctor (PV1-8) has a different role in the 837P and is not the rendering provider.
     */
    private static Provider renderingProvider(Segment pv1, Hl7FieldLocator locator) {
        if (pv1 == null) {
            return null;
        }
        Provider attending = Hl7Types.npiProvider(pv1, 7);
        if (attending != null) {
            return attending;
        }
        Provider admitting = Hl7Types.npiProvider(pv1, 17);
        if (admitting != null) {
            locator.override(ClaimField.CLAIM_RENDERING_NPI, Hl7Locations.field("PV1", 17, 0));
        }
        return admitting;
    }
}
