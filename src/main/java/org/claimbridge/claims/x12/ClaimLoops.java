package org.claimbridge.claims.x12;

import static org.claimbridge.claims.x12.Requirements.require;
import static org.claimbridge.claims.x12.Requirements.requireName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.x12.SegmentWriter.Composite;

/**
 * Writes loops 2300 claim information, 2310B rendering provider, 2400 service line and 2420A line
 * rendering provider.
 */
final class ClaimLoops {

    /** Diagnosis codes one HI segment of 005010X222A1 carries: HI01 to HI12. */
    static final int MAX_DIAGNOSIS_CODES = 12;
    static final int MAX_MODIFIERS = 4;
    static final int MAX_DIAGNOSIS_POINTERS = 4;

    private ClaimLoops() {
    }

    /**
     * Writes the loops for one claim.
     *
     * @return CLM01 as written
     * @throws IllegalArgumentException when the claim lacks a required value, has more than 12 diagnosis
     *     codes, more than four modifiers or diagnosis pointers on a line, or a pointer outside the list
     */
    static String write(SegmentWriter out, Claim claim) {
        String patientControlNumber = out.clean(
                require(claim.patientControlNumber(), claim, "patient control number (CLM01)"));
        // CLM05 is place of service:B (facility code qualifier):1 (original claim). CLM06 Y means the provider
        // signature is on file, CLM07 A means assigned, CLM08 Y benefits assigned and CLM09 Y release signed.
        out.segment("CLM", patientControlNumber,
                X12Formats.decimal(require(claim.totalCharge(), claim, "total charge (CLM02)")), null, null,
                Composite.of(require(claim.placeOfServiceCode(), claim, "place of service (CLM05-1)"), "B", "1"),
                "Y", "A", "Y", "Y");
        writeDiagnoses(out, claim);
        if (claim.renderingProvider() != null) {
            writeRenderingProvider(out, claim, claim.renderingProvider());
        }

        List<ServiceLine> lines = require(claim.serviceLines(), claim, "service line (loop 2400)");
        for (int i = 0; i < lines.size(); i++) {
            writeServiceLine(out, claim, lines.get(i), i + 1);
        }
        return patientControlNumber;
    }

    private static void writeDiagnoses(SegmentWriter out, Claim claim) {
        List<String> codes = require(claim.diagnosisCodes(), claim, "diagnosis code (HI01)");
        if (codes.size() > MAX_DIAGNOSIS_CODES) {
            throw new IllegalArgumentException("Claim CLM01=" + claim.patientControlNumber() + " has "
                    + codes.size() + " diagnosis codes but one 005010X222A1 HI segment carries at most "
                    + MAX_DIAGNOSIS_CODES + ". Split the claim or keep the " + MAX_DIAGNOSIS_CODES
                    + " codes the service lines point to");
        }

        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            // ABK is the principal ICD-10-CM diagnosis, ABF each other one.
            String code = require(codes.get(i), claim, String.format("diagnosis code (HI%02d)", i + 1));
            elements.add(Composite.of(i == 0 ? "ABK" : "ABF", X12Formats.diagnosisCode(code)));
        }
        out.segment("HI", elements.toArray());
    }

    private static void writeServiceLine(SegmentWriter out, Claim claim, ServiceLine line, int number) {
        out.segment("LX", String.valueOf(number));
        out.segment("SV1", procedure(claim, line),
                X12Formats.decimal(require(line.chargeAmount(), claim, "line charge (SV102)")), "UN",
                X12Formats.decimal(require(line.units(), claim, "service units (SV104)")), null, null,
                diagnosisPointers(claim, line));
        out.segment("DTP", "472", "D8", X12Formats.date(require(line.serviceDate(), claim, "service date (DTP03)")));

        Provider lineProvider = line.renderingProvider();
        if (lineProvider != null && !sameProvider(lineProvider, claim.renderingProvider())) {
            writeRenderingProvider(out, claim, lineProvider);
        }
    }

    /** SV101: HC (HCPCS/CPT qualifier), the procedure code and up to four modifiers. */
    private static Composite procedure(Claim claim, ServiceLine line) {
        List<String> modifiers = line.modifiers() == null ? List.of() : line.modifiers();
        if (modifiers.size() > MAX_MODIFIERS) {
            throw new IllegalArgumentException("Claim CLM01=" + claim.patientControlNumber() + " has a line with "
                    + modifiers.size() + " modifiers but SV101 carries at most " + MAX_MODIFIERS
                    + ". Drop the extra modifiers");
        }
        List<String> components = new ArrayList<>();
        components.add("HC");
        components.add(require(line.procedureCode(), claim, "procedure code (SV101-2)"));
        components.addAll(modifiers);
        return new Composite(components);
    }

    /** SV107: one-based positions into the HI segment, at most four. */
    private static Composite diagnosisPointers(Claim claim, ServiceLine line) {
        List<Integer> pointers = require(line.diagnosisPointers(), claim, "diagnosis pointer (SV107-1)");
        if (pointers.size() > MAX_DIAGNOSIS_POINTERS) {
            throw new IllegalArgumentException("Claim CLM01=" + claim.patientControlNumber() + " has a line with "
                    + pointers.size() + " diagnosis pointers but SV107 carries at most " + MAX_DIAGNOSIS_POINTERS
                    + ". Keep the four most relevant");
        }
        int codeCount = claim.diagnosisCodes().size();
        List<String> components = new ArrayList<>();
        for (Integer pointer : pointers) {
            if (pointer == null || pointer < 1 || pointer > codeCount) {
                throw new IllegalArgumentException("Claim CLM01=" + claim.patientControlNumber()
                        + " has diagnosis pointer " + pointer + " but its HI segment has " + codeCount
                        + " codes. Point to a position from 1 to " + codeCount);
            }
            components.add(String.valueOf(pointer));
        }
        return new Composite(components);
    }

    /** NM1*82: rendering provider, a person identified by NPI (NM108 XX). */
    private static void writeRenderingProvider(SegmentWriter out, Claim claim, Provider provider) {
        out.personName("82", requireName(provider.name(), claim, "rendering provider name (NM1*82)"), "XX",
                require(provider.npi(), claim, "rendering provider NPI (NM109)"));
    }

    private static boolean sameProvider(Provider line, Provider claimLevel) {
        return claimLevel != null && Objects.equals(line.npi(), claimLevel.npi());
    }
}
