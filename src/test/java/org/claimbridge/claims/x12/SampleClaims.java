package org.claimbridge.claims.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.config.ClaimBridgeProperties;

/** Synthetic settings and claims for the 837P writer tests. No value belongs to a real person. */
final class SampleClaims {

    static final Provider CLAIM_RENDERING = new Provider("1111111112", new PersonName("WELBY", "MARCUS", "A", null));
    static final Provider OTHER_RENDERING = new Provider("2222222228", new PersonName("KILDARE", "JAMES", null, "JR"));
    static final Payer PAYER = new Payer("SBX01", "SANDBOX HEALTH PLAN");
    static final Address HOME = new Address("12 ELM ST", "APT 4", "SPRINGFIELD", "IL", "62704");

    private SampleClaims() {
    }

    static ClaimBridgeProperties.X12 x12Settings() {
        return new ClaimBridgeProperties.X12("T", "ZZ", "CLAIMBRIDGE", "ZZ", "SBXCLEARING", "CLAIMBRIDGE",
                "SBXCLEARING", "CLAIMBRIDGE SANDBOX PRACTICE", "CLAIMBRIDGE", "BILLING OFFICE", "5555550100",
                "SANDBOX CLEARINGHOUSE", "SBXCLEARING");
    }

    static ClaimBridgeProperties.BillingProvider billingProvider() {
        return new ClaimBridgeProperties.BillingProvider("SANDBOX FAMILY PRACTICE", "1234567893", "123456789",
                "207Q00000X", "100 MAIN ST", "SPRINGFIELD", "IL", "627010001");
    }

    static Claim837Writer writer() {
        return new Claim837Writer(x12Settings(), billingProvider());
    }

    static InterchangeControl control(long number) {
        return new InterchangeControl(number, number + 10, number + 20,
                OffsetDateTime.of(2025, 3, 14, 9, 26, 0, 0, ZoneOffset.ofHours(-5)));
    }

    /** Returns a claim whose subscriber is the patient, so no 2000C loop is written. */
    static Claim selfClaim() {
        PersonName name = new PersonName("DOE", "JANE", null, null);
        Patient patient = new Patient(name, LocalDate.of(1980, 2, 29), "F", HOME);
        Subscriber subscriber = new Subscriber("SBX1000001", "GRP-77", name, LocalDate.of(1980, 2, 29), "F", HOME,
                Subscriber.SELF);
        return claim("PCN-SELF-1", "100.00", patient, subscriber, List.of("J06.9"),
                List.of(line("99213", List.of(), "100.00", "1", List.of(1), null)), null);
    }

    /** Returns a claim for a child covered by a parent's policy, so a 2000C patient loop follows. */
    static Claim dependentClaim() {
        Patient child = new Patient(new PersonName("DOE", "SAM", null, null), LocalDate.of(2015, 7, 4), "M", HOME);
        Subscriber parent = new Subscriber("SBX1000002", null, new PersonName("DOE", "JOHN", "Q", null),
                LocalDate.of(1979, 11, 5), "M", HOME, "19");
        return claim("PCN-CHILD-1", "85.50", child, parent, List.of("H66.91", "R50.9"),
                List.of(line("99212", List.of(), "85.50", "1", List.of(1, 2), null)), CLAIM_RENDERING);
    }

    /** Returns a claim with three lines with modifiers, the third with a rendering provider other than the claim's. */
    static Claim multiLineClaim() {
        Claim self = selfClaim();
        List<ServiceLine> lines = List.of(
                line("99214", List.of("25"), "150.00", "1", List.of(1), CLAIM_RENDERING),
                line("20610", List.of("RT", "59"), "212.50", "1", List.of(2, 1), null),
                line("J1030", List.of("JZ", "RT", "59", "XS"), "40.00", "2.5", List.of(2), OTHER_RENDERING));
        return claim("PCN-MULTI-1", "402.50", self.patient(), self.subscriber(), List.of("M17.11", "M25.561"),
                lines, CLAIM_RENDERING);
    }

    /** Returns a claim with twelve diagnosis codes, the maximum one HI segment carries. */
    static Claim twelveDiagnosesClaim() {
        Claim self = selfClaim();
        List<String> codes = List.of("E11.9", "I10", "E78.5", "J45.909", "M54.50", "K21.9", "F41.1", "G47.33",
                "N18.30", "E66.9", "Z79.4", "R73.03");
        return claim("PCN-DX12-1", "180", self.patient(), self.subscriber(), codes,
                List.of(line("99215", List.of(), "180", "1", List.of(1, 2, 3, 12), null)), null);
    }

    /** Returns a claim whose names contain accents and a delimiter, which the writer must transliterate. */
    static Claim accentedNamesClaim() {
        Address address = new Address("5 Rue de l'Église", null, "São Paulo*", "IL", "62704");
        Patient patient = new Patient(new PersonName("Núñez", "Zoë", null, null), LocalDate.of(2012, 1, 9), "F",
                address);
        Subscriber subscriber = new Subscriber("SBX1000003", null, new PersonName("O*Brien", "Seán", null, null),
                LocalDate.of(1975, 6, 30), "M", address, "19");
        return claim("PCN-ACCENT-1", "75", patient, subscriber, List.of("Z00.129"),
                List.of(line("99393", List.of(), "75", "1", List.of(1), null)), null);
    }

    static Claim claim(String patientControlNumber, String total, Patient patient, Subscriber subscriber,
            List<String> diagnosisCodes, List<ServiceLine> lines, Provider renderingProvider) {
        return new Claim(patientControlNumber, new BigDecimal(total), "11", patient, subscriber, PAYER,
                diagnosisCodes, lines, renderingProvider);
    }

    static ServiceLine line(String code, List<String> modifiers, String charge, String units, List<Integer> pointers,
            Provider renderingProvider) {
        return new ServiceLine(code, modifiers, new BigDecimal(units), new BigDecimal(charge),
                LocalDate.of(2025, 3, 10), pointers, renderingProvider);
    }
}
