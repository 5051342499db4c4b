package org.claimbridge.intake.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;

import org.claimbridge.claims.validation.DemographicPolicy;

/** Sample files, a clean synthetic DFT^P03 to vary field by field, and an intake with a fixed clock. */
final class Hl7TestMessages {

    /** Intake date of the tests: after every synthetic service date. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T15:00:00Z"), ZoneOffset.UTC);

    private Hl7TestMessages() {
    }

    /** The shipped demographic policy: every rule rejects except the phone, which warns. */
    static final DemographicPolicy POLICY = DemographicPolicy.of(Map.of("phone", "warn"), Map.of());

    static Hl7ClaimIntake intake() {
        return new Hl7ClaimIntake("11", POLICY, CLOCK);
    }

    static String sample(String fileName) {
        try (InputStream in = Hl7TestMessages.class.getResourceAsStream("/samples/hl7/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the file names of every HL7 sample in src/test/resources/samples/hl7. */
    static Stream<String> sampleNames() {
        try (Stream<Path> files = Files.list(Path.of(Hl7TestMessages.class.getResource("/samples/hl7").toURI()))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".hl7"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses an acknowledgement with HAPI's default validation, which fails on a malformed message. */
    static Message parseStrict(String acknowledgement) throws HL7Exception {
        return new DefaultHapiContext().getPipeParser().parse(acknowledgement);
    }

    /** Returns a clean v2.5.1 DFT^P03 to change: the patient is the subscriber, with charges of 100.00 and 50.00. */
    static Builder cleanDft() {
        return new Builder()
                .add("MSH|^~\\&|SBXPM|SANDBOX CLINIC|CLAIMBRIDGE|SBX|20250602103000||DFT^P03^DFT_P03|TEST-0001|P|2.5.1")
                .add("EVN|P03|20250602103000")
                .add("PID|1").set("PID", 1, 3, "MRN1^^^SBX^MR").set("PID", 1, 5, "TESTPATIENT^ALEX^J")
                .set("PID", 1, 7, "19800315").set("PID", 1, 8, "F")
                .set("PID", 1, 11, "12 ELM ST^^SPRINGFIELD^IL^62701")
                .add("PV1|1|O").set("PV1", 1, 7, "1234567893^DOCTOR^DANA^^^^^^^^^^NPI")
                .set("PV1", 1, 19, "VISIT-0001")
                .add("FT1|1").set("FT1", 1, 4, "20250602").set("FT1", 1, 6, "CG")
                .set("FT1", 1, 7, "99213^OFFICE VISIT^C4").set("FT1", 1, 10, "1").set("FT1", 1, 11, "100.00")
                .set("FT1", 1, 19, "J45.909^ASTHMA^I10")
                .add("FT1|2").set("FT1", 2, 4, "20250602").set("FT1", 2, 6, "CG")
                .set("FT1", 2, 7, "94640^NEBULIZER^C4").set("FT1", 2, 10, "1").set("FT1", 2, 11, "50.00")
                .set("FT1", 2, 19, "R05.9^COUGH^I10")
                .add("DG1|1").set("DG1", 1, 3, "J45.909^ASTHMA^I10").set("DG1", 1, 15, "1")
                .add("DG1|2").set("DG1", 2, 3, "R05.9^COUGH^I10").set("DG1", 2, 15, "2")
                .add("IN1|1").set("IN1", 1, 3, "SBX01").set("IN1", 1, 4, "SANDBOX HEALTH PLAN")
                .set("IN1", 1, 8, "GRP100").set("IN1", 1, 16, "TESTPATIENT^ALEX^J").set("IN1", 1, 17, "SEL")
                .set("IN1", 1, 18, "19800315").set("IN1", 1, 19, "12 ELM ST^^SPRINGFIELD^IL^62701")
                .set("IN1", 1, 36, "MEMB1").set("IN1", 1, 43, "F");
    }

    /** Returns a clean v2.5.1 ADT^A04 of a patient who is the subscriber of roster member SBX1000001. */
    static Builder cleanAdt() {
        return new Builder()
                .add("MSH|^~\\&|SBXFRONTDESK|SANDBOX CLINIC|CLAIMBRIDGE|SBX|20250630090000||ADT^A04^ADT_A01|ADT-0001|P|2.5.1")
                .add("EVN|A04|20250630090000")
                .add("PID|1").set("PID", 1, 3, "MRN7^^^SBX^MR").set("PID", 1, 5, "SANDBOX^ALICE")
                .set("PID", 1, 7, "19800115").set("PID", 1, 8, "F")
                .set("PID", 1, 11, "12 ELM ST^^SPRINGFIELD^IL^62701-1234").set("PID", 1, 13, "^PRN^PH^^^555^5550100")
                .add("PV1|1|O")
                .add("IN1|1").set("IN1", 1, 3, "SBX01").set("IN1", 1, 4, "SANDBOX HEALTH PLAN")
                .set("IN1", 1, 17, "SEL").set("IN1", 1, 36, "SBX1000001");
    }

    /** Returns a clean v2.5.1 SIU^S12 for the same patient, starting 2025-07-15 09:30, with an IN1. */
    static Builder cleanSiu() {
        return new Builder()
                .add("MSH|^~\\&|SBXSCHED|SANDBOX CLINIC|CLAIMBRIDGE|SBX|20250630090000||SIU^S12^SIU_S12|SIU-0001|P|2.5.1")
                .add("SCH|APT-1").set("SCH", 1, 11, "^^30^20250715093000").set("SCH", 1, 25, "Booked")
                .add("TQ1|1").set("TQ1", 1, 7, "20250715093000")
                .add("PID|1").set("PID", 1, 5, "SANDBOX^ALICE").set("PID", 1, 7, "19800115").set("PID", 1, 8, "F")
                .set("PID", 1, 11, "12 ELM ST^^SPRINGFIELD^IL^62701").set("PID", 1, 13, "(555) 555-0100")
                .add("IN1|1").set("IN1", 1, 3, "SBX01").set("IN1", 1, 4, "SANDBOX HEALTH PLAN")
                .set("IN1", 1, 17, "SEL").set("IN1", 1, 36, "SBX1000001")
                .add("RGS|1|A")
                .add("AIS|1|A|99213^OFFICE VISIT^C4|20250716100000");
    }

    /** Segments as text, changed field by field; fields are counted as HL7 counts them, MSH-1 included. */
    static final class Builder {

        private final List<String> segments = new ArrayList<>();

        Builder add(String segment) {
            segments.add(segment);
            return this;
        }

        /** Sets a field of the given one-based occurrence of a segment, padding with empty fields. */
        Builder set(String name, int occurrence, int field, String value) {
            int index = indexOf(name, occurrence);
            List<String> fields = new ArrayList<>(List.of(segments.get(index).split("\\|", -1)));
            int position = "MSH".equals(name) ? field - 1 : field;
            while (fields.size() <= position) {
                fields.add("");
            }
            fields.set(position, value);
            segments.set(index, String.join("|", fields));
            return this;
        }

        /** Removes every occurrence of a segment. */
        Builder remove(String name) {
            segments.removeIf(segment -> segment.startsWith(name + "|"));
            return this;
        }

        String text() {
            return String.join("\r", segments) + "\r";
        }

        private int indexOf(String name, int occurrence) {
            int seen = 0;
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i).startsWith(name + "|") && ++seen == occurrence) {
                    return i;
                }
            }
            throw new IllegalArgumentException("No " + name + " occurrence " + occurrence);
        }
    }
}
