package org.claimbridge.intake.hl7;

import java.time.LocalDate;
import java.util.List;

import ca.uhn.hl7v2.model.Segment;

import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.Violation;
import org.claimbridge.claims.validation.ViolationCodes;

/**
 * Reads a registration from an ADT^A04, A08, A28 or A31, or an appointment from an SIU^S12 to S15: the patient
 * (PID), the phone (PID-13), the primary coverage (first IN1) and the date of service. IN1 is read wherever it
 * appears, also in an SIU, whose standard structure has no IN1 but which intake systems often send with one.
 */
final class RegistrationMapper {

    /**
     * A registration, the problems found while reading it, and where each field came from.
     *
     * @param violations values the model cannot hold and a missing appointment start; they always reject
     */
    record Mapping(Registration registration, List<Violation> violations, Hl7FieldLocator locator) {
    }

    private static final String APPOINTMENT_START = "appointment start";

    /**
     * @param messageType MSH-9.1 and MSH-9.2, for example {@code ADT^A04}
     * @param today the intake date, the date of service of a registration without an admit date
     */
    Mapping map(SegmentIndex segments, MessageKind kind, String messageType, LocalDate today) {
        Hl7FieldLocator locator = new Hl7FieldLocator();
        MappingFindings findings = new MappingFindings();
        PartyMapper parties = new PartyMapper(locator, findings);

        Patient patient = parties.patient(segments.pid());
        Segment in1 = segments.in1s().isEmpty() ? null : segments.in1s().get(0);
        LocalDate dateOfService = kind == MessageKind.APPOINTMENT
                ? appointmentStart(segments, findings)
                : admitDate(segments.pv1(), today, findings);

        Registration registration = new Registration(messageType, patient, Hl7Types.phone(segments.pid(), 13),
                parties.subscriber(in1, patient), parties.payer(in1), dateOfService);
        return new Mapping(registration, findings.violations(), locator);
    }

    /**
     * Returns the appointment's start date: TQ1-7 (v2.5 and later), SCH-11.4 (the TQ start before v2.7), or the
     * start of the first resource (AIS-4, AIG-8, AIL-6, AIP-6). Reports a missing or unreadable start.
     */
    private static LocalDate appointmentStart(SegmentIndex segments, MappingFindings findings) {
        FieldLocation first = null;
        String text = null;
        if (segments.tq1() != null && Fields.value(segments.tq1(), 7, 1) != null) {
            first = Hl7Locations.field("TQ1", 7, 0);
            text = Fields.value(segments.tq1(), 7, 1);
        } else if (Fields.value(segments.sch(), 11, 4) != null) {
            first = Hl7Locations.field("SCH", 11, 4);
            text = Fields.value(segments.sch(), 11, 4);
        } else {
            for (Segment resource : segments.resources()) {
                int field = resourceStartField(resource.getName());
                text = Fields.value(resource, field, 1);
                if (text != null) {
                    first = Hl7Locations.field(resource.getName(), field, 0);
                    break;
                }
            }
        }
        if (text == null) {
            findings.add(ViolationCodes.REQUIRED, Hl7Locations.field("SCH", 11, 4), APPOINTMENT_START,
                    "is required to check eligibility for the visit; send the start date and time in TQ1-7,"
                            + " SCH-11.4 or the resource segments (AIS-4, AIG-8, AIL-6, AIP-6)");
            return null;
        }
        return date(text, first, APPOINTMENT_START, findings);
    }

    private static int resourceStartField(String segment) {
        return switch (segment) {
            case "AIS" -> 4;
            case "AIG" -> 8;
            default -> 6;
        };
    }

    /** Returns the admit date (PV1-44), else today: a registration is checked for the day it is made. */
    private static LocalDate admitDate(Segment pv1, LocalDate today, MappingFindings findings) {
        String text = Fields.value(pv1, 44, 1);
        if (text == null) {
            return today;
        }
        return date(text, Hl7Locations.field("PV1", 44, 0), "admit date", findings);
    }

    private static LocalDate date(String text, FieldLocation location, String label, MappingFindings findings) {
        LocalDate date = Fields.date(text);
        if (date == null) {
            findings.add(ViolationCodes.INVALID_DATE, location, label, "must start with a full date YYYYMMDD");
        }
        return date;
    }
}
