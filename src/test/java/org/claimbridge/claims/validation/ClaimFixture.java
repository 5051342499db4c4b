package org.claimbridge.claims.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.model.Subscriber;

/** A valid synthetic claim whose parts tests replace one at a time. */
final class ClaimFixture {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    /** Names each location after the claim field and occurrence, for example PAYER_ID#1. */
    static final FieldLocator LOCATOR = (field, occurrence) ->
            new FieldLocation(field.name() + "#" + occurrence, null, occurrence, 0, 0);

    String controlNumber = "VISIT-0001";
    BigDecimal total = new BigDecimal("200.00");
    String placeOfService = "11";
    PersonName patientName = new PersonName("TESTPATIENT", "ALEX", "J", null);
    LocalDate patientBirthDate = LocalDate.of(1980, 3, 15);
    String patientSex = "F";
    Address patientAddress = new Address("12 ELM ST", null, "SPRINGFIELD", "IL", "62701");
    boolean patientPresent = true;
    String memberId = "MEMB10001";
    PersonName subscriberName = new PersonName("TESTPATIENT", "ALEX", "J", null);
    LocalDate subscriberBirthDate = LocalDate.of(1980, 3, 15);
    String subscriberSex = "F";
    Address subscriberAddress = new Address("12 ELM ST", null, "SPRINGFIELD", "IL", "62701");
    String relationship = "18";
    boolean subscriberPresent = true;
    String payerId = "SBX01";
    String payerName = "SANDBOX HEALTH PLAN";
    boolean payerPresent = true;
    List<String> diagnoses = new ArrayList<>(List.of("J45.909", "R05.9"));
    Provider renderingProvider = new Provider("1234567893", new PersonName("DOCTOR", "DANA", null, null));
    List<LineFixture> lines = new ArrayList<>(List.of(new LineFixture(), new LineFixture()));

    /** One service line of 100.00. */
    static final class LineFixture {
        String procedure = "99213";
        List<String> modifiers = new ArrayList<>(List.of("25"));
        BigDecimal units = BigDecimal.ONE;
        BigDecimal charge = new BigDecimal("100.00");
        LocalDate serviceDate = LocalDate.of(2025, 6, 2);
        List<Integer> pointers = new ArrayList<>(List.of(1, 2));
        Provider provider = null;

        ServiceLine build() {
            return new ServiceLine(procedure, modifiers, units, charge, serviceDate, pointers, provider);
        }
    }

    LineFixture line(int occurrence) {
        return lines.get(occurrence - 1);
    }

    Claim build() {
        Patient patient = patientPresent
                ? new Patient(patientName, patientBirthDate, patientSex, patientAddress) : null;
        Subscriber subscriber = subscriberPresent ? new Subscriber(memberId, "GRP100", subscriberName,
                subscriberBirthDate, subscriberSex, subscriberAddress, relationship) : null;
        Payer payer = payerPresent ? new Payer(payerId, payerName) : null;
        List<ServiceLine> serviceLines = new ArrayList<>();
        for (LineFixture line : lines) {
            serviceLines.add(line.build());
        }
        return new Claim(controlNumber, total, placeOfService, patient, subscriber, payer, diagnoses,
                serviceLines, renderingProvider);
    }

    List<Violation> validate() {
        return new ClaimValidator().validate(build(), LOCATOR, TODAY);
    }
}
