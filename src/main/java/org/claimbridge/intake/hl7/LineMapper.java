package org.claimbridge.intake.hl7;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.model.Segment;

import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.ViolationCodes;
import org.claimbridge.claims.validation.ViolationText;

/** Reads one FT1 segment into a service line. */
final class LineMapper {

    private static final String CHARGE = "CG";
    private static final int PROCEDURE_CODE = 25;
    private static final int TRANSACTION_CODE = 7;

    private final DiagnosisList diagnoses;
    private final Hl7FieldLocator locator;
    private final MappingFindings findings;

    LineMapper(DiagnosisList diagnoses, Hl7FieldLocator locator, MappingFindings findings) {
        this.diagnoses = diagnoses;
        this.locator = locator;
        this.findings = findings;
    }

    /** Reads the FT1 at the given one-based occurrence. */
    ServiceLine read(Segment ft1, int occurrence) {
        checkTransactionType(ft1, occurrence);
        String procedure = readProcedure(ft1, occurrence);
        String unitsText = Fields.value(ft1, 10, 1);
        BigDecimal units = unitsText == null
                ? BigDecimal.ONE
                : number(unitsText, occurrence, 10, ClaimField.LINE_UNITS);
        BigDecimal charge = number(Fields.value(ft1, 11, 1), occurrence, 11, ClaimField.LINE_CHARGE);
        return new ServiceLine(procedure, modifiers(ft1), units, charge, serviceDate(ft1, occurrence),
                pointers(ft1, occurrence), Hl7Types.npiProvider(ft1, 20));
    }

    /** Reports transactions other than charges (credits, payments, adjustments), which are no claim lines. */
    private void checkTransactionType(Segment ft1, int occurrence) {
        String type = Fields.code(ft1, 6, 0, 1);
        if (type != null && !CHARGE.equals(type)) {
            findings.add(ViolationCodes.UNSUPPORTED_TRANSACTION_TYPE, Hl7Locations.field("FT1", occurrence, 6, 0),
                    "transaction type", "must be CG (charge) in a claim message" + ViolationText.received(type)
                            + "; send credits, payments and adjustments outside claim messages");
        }
    }

    /** Reads the procedure from FT1-25 (procedure code), else FT1-7 (transaction code). */
    private String readProcedure(Segment ft1, int occurrence) {
        int field = Fields.value(ft1, PROCEDURE_CODE, 1) != null ? PROCEDURE_CODE : TRANSACTION_CODE;
        locator.addLine(field);
        String system = Fields.code(ft1, field, 0, 3);
        if (system != null && !CodeTables.isProcedureSystem(system)) {
            findings.add(ViolationCodes.PROCEDURE_NOT_CPT_HCPCS, Hl7Locations.field("FT1", occurrence, field, 0),
                    ClaimField.LINE_PROCEDURE_CODE.label(), "must be coded in CPT or HCPCS (coding system C4, CPT"
                            + " or HCPCS)" + DiagnosisList.receivedSystem(system));
        }
        return Fields.code(ft1, field, 0, 1);
    }

    /** Reads the first component of each FT1-26 repetition. */
    private static List<String> modifiers(Segment ft1) {
        List<String> modifiers = new ArrayList<>();
        int count = Fields.repetitions(ft1, 26);
        for (int i = 0; i < count; i++) {
            String modifier = Fields.code(ft1, 26, i, 1);
            if (modifier != null) {
                modifiers.add(modifier);
            }
        }
        return List.copyOf(modifiers);
    }

    private LocalDate serviceDate(Segment ft1, int occurrence) {
        String text = Fields.value(ft1, 4, 1);
        LocalDate date = Fields.date(text);
        if (text != null && date == null) {
            findings.add(ViolationCodes.INVALID_DATE, Hl7Locations.field("FT1", occurrence, 4, 0),
                    ClaimField.LINE_SERVICE_DATE.label(), "must start with a full date YYYYMMDD");
        }
        return date;
    }

    /** Maps the FT1-19 codes to one-based positions in the claim's diagnosis list, each code once. */
    private List<Integer> pointers(Segment ft1, int occurrence) {
        List<Integer> pointers = new ArrayList<>();
        FieldLocation origin = Hl7Locations.field("FT1", occurrence, 19, 0);
        int count = Fields.repetitions(ft1, 19);
        for (int i = 0; i < count; i++) {
            String code = Fields.code(ft1, 19, i, 1);
            if (code != null) {
                int pointer = diagnoses.pointerFor(code, Fields.code(ft1, 19, i, 3), origin);
                if (!pointers.contains(pointer)) {
                    pointers.add(pointer);
                }
            }
        }
        return List.copyOf(pointers);
    }

    private BigDecimal number(String text, int occurrence, int field, ClaimField claimField) {
        BigDecimal value = Fields.decimal(text);
        if (text != null && value == null) {
            findings.add(ViolationCodes.INVALID_NUMBER, Hl7Locations.field("FT1", occurrence, field, 0),
                    claimField.label(), "must be a decimal number");
        }
        return value;
    }
}
