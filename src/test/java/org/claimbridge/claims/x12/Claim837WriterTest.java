package org.claimbridge.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.x12.ParsedInterchange.Segment;
import org.junit.jupiter.api.Test;

class Claim837WriterTest {

    private static final InterchangeControl CONTROL = new InterchangeControl(42, 7, 5,
            OffsetDateTime.of(2025, 3, 14, 9, 26, 0, 0, ZoneOffset.UTC));

    private final Claim837Writer writer = SampleClaims.writer();

    @Test
    void batchHasNoControlErrors() {
        ParsedInterchange parsed = ParsedInterchange.parse(writer.write(batch(), CONTROL).text());

        assertThat(parsed.errors()).isEmpty();
    }

    @Test
    void se01CountsTransactionSegments() {
        ParsedInterchange parsed = ParsedInterchange.parse(writer.write(batch(), CONTROL).text());

        assertThat(parsed.first("SE").element(1)).isEqualTo(String.valueOf(parsed.transactionSet().size()));
    }

    @Test
    void ge01AndIea01CountOneEach() {
        ParsedInterchange parsed = ParsedInterchange.parse(writer.write(batch(), CONTROL).text());

        assertThat(parsed.withTag("ST")).hasSize(1);
        assertThat(parsed.first("GE").element(1)).isEqualTo("1");
        assertThat(parsed.withTag("GS")).hasSize(1);
        assertThat(parsed.first("IEA").element(1)).isEqualTo("1");
    }

    @Test
    void controlNumbersRoundTrip() {
        ParsedInterchange parsed = ParsedInterchange.parse(writer.write(batch(), CONTROL).text());

        assertThat(parsed.first("ISA").element(13)).isEqualTo("000000042");
        assertThat(parsed.first("IEA").element(2)).isEqualTo("000000042");
        assertThat(parsed.first("GS").element(6)).isEqualTo("7");
        assertThat(parsed.first("GE").element(2)).isEqualTo("7");
        assertThat(parsed.first("ST").element(2)).isEqualTo("0005");
        assertThat(parsed.first("SE").element(2)).isEqualTo("0005");
    }

    @Test
    void readerFlagsTamperedSegmentCount() {
        String text = writer.write(batch(), CONTROL).text();
        String se01 = ParsedInterchange.parse(text).first("SE").element(1);

        ParsedInterchange tampered = ParsedInterchange.parse(text.replace("SE*" + se01 + "*", "SE*3*"));

        assertThat(tampered.errors()).anyMatch(error -> error.contains("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
    }

    @Test
    void isaHasFixedLength() {
        String text = writer.write(batch(), CONTROL).text();

        assertThat(text.substring(0, text.indexOf('~') + 1)).hasSize(106);
    }

    @Test
    void isaCarriesDelimitersAndUsage() {
        Segment isa = ParsedInterchange.parse(writer.write(batch(), CONTROL).text()).first("ISA");

        assertThat(isa.element(6)).isEqualTo("CLAIMBRIDGE    ");
        assertThat(isa.element(9)).isEqualTo("250314");
        assertThat(isa.element(11)).isEqualTo("^");
        assertThat(isa.element(12)).isEqualTo("00501");
        assertThat(isa.element(15)).isEqualTo("T");
        assertThat(isa.element(16)).isEqualTo(":");
    }

    @Test
    void hiCodesHaveNoDecimalPoint() {
        Segment hi = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.twelveDiagnosesClaim()), CONTROL).text()).first("HI");

        assertThat(hi.elements()).hasSize(12);
        assertThat(hi.element(1)).isEqualTo("ABK:E119");
        assertThat(hi.elements().subList(1, 12)).allMatch(element -> element.startsWith("ABF:"));
        assertThat(hi.elements()).noneMatch(element -> element.contains("."));
    }

    @Test
    void thirteenDiagnosesThrow() {
        Claim twelve = SampleClaims.twelveDiagnosesClaim();
        List<String> codes = new ArrayList<>(twelve.diagnosisCodes());
        codes.add("Z00.00");
        Claim thirteen = SampleClaims.claim("PCN-DX13", "180", twelve.patient(), twelve.subscriber(), codes,
                twelve.serviceLines(), null);

        assertThatThrownBy(() -> writer.write(List.of(thirteen), CONTROL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13 diagnosis codes");
    }

    @Test
    void patientLoopOnlyForDependent() {
        ParsedInterchange parsed = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.selfClaim(), SampleClaims.dependentClaim()), CONTROL).text());

        List<Segment> hl = parsed.withTag("HL");
        assertThat(hl).extracting(segment -> segment.element(3)).containsExactly("20", "22", "22", "23");
        assertThat(hl.get(1).element(4)).isEqualTo("0");
        assertThat(hl.get(2).element(4)).isEqualTo("1");
        assertThat(hl.get(3).element(1)).isEqualTo("4");
        assertThat(hl.get(3).element(2)).isEqualTo("3");
        assertThat(parsed.withTag("PAT")).extracting(segment -> segment.element(1)).containsExactly("19");
    }

    @Test
    void sbr02IsSelfOnlyForSubscriberPatient() {
        ParsedInterchange parsed = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.selfClaim(), SampleClaims.dependentClaim()), CONTROL).text());

        List<Segment> sbr = parsed.withTag("SBR");
        assertThat(sbr.get(0).element(2)).isEqualTo("18");
        assertThat(sbr.get(0).element(3)).isEqualTo("GRP-77");
        assertThat(sbr.get(1).element(2)).isEmpty();
        assertThat(sbr).allMatch(segment -> segment.element(9).equals("CI"));
    }

    @Test
    void subscriberDemographicsOnlyWhenPatient() {
        ParsedInterchange parsed = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.dependentClaim()), CONTROL).text());

        assertThat(parsed.withTag("DMG")).extracting(segment -> segment.element(2)).containsExactly("20150704");
    }

    @Test
    void accentsAndDelimitersTransliterated() {
        X12Interchange interchange = writer.write(List.of(SampleClaims.accentedNamesClaim()), CONTROL);
        ParsedInterchange parsed = ParsedInterchange.parse(interchange.text());

        Segment subscriber = parsed.names("IL").get(0);
        Segment patient = parsed.names("QC").get(0);
        assertThat(subscriber.element(3)).isEqualTo("O Brien");
        assertThat(subscriber.element(4)).isEqualTo("Sean");
        assertThat(patient.element(3)).isEqualTo("Nunez");
        assertThat(patient.element(4)).isEqualTo("Zoe");
        assertThat(parsed.first("N4").element(1)).isEqualTo("SPRINGFIELD");
        assertThat(parsed.withTag("N4").get(1).element(1)).isEqualTo("Sao Paulo");
    }

    @Test
    void transliterationCountsChangedElements() {
        X12Interchange interchange = writer.write(List.of(SampleClaims.accentedNamesClaim()), CONTROL);

        // 2010BA changes O*Brien, Seán, the street and the city.
        // 2010CA changes Núñez, Zoë, the street and the city.
        assertThat(interchange.transliteratedElements()).isEqualTo(8);
    }

    @Test
    void cleanClaimsCountNothing() {
        X12Interchange interchange = writer.write(List.of(SampleClaims.multiLineClaim()), CONTROL);

        assertThat(interchange.transliteratedElements()).isZero();
    }

    @Test
    void outputIsAscii() {
        String text = writer.write(List.of(SampleClaims.accentedNamesClaim()), CONTROL).text();

        assertThat(text.chars()).allMatch(c -> c < 0x80);
    }

    @Test
    void amountsHaveNoTrailingZeros() {
        ParsedInterchange parsed = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.multiLineClaim()), CONTROL).text());

        assertThat(parsed.first("CLM").element(2)).isEqualTo("402.5");
        assertThat(parsed.withTag("SV1")).extracting(segment -> segment.element(2))
                .containsExactly("150", "212.5", "40");
        assertThat(parsed.withTag("SV1").get(2).element(4)).isEqualTo("2.5");
    }

    @Test
    void sv1CarriesModifiersAndPointers() {
        ParsedInterchange parsed = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.multiLineClaim()), CONTROL).text());

        Segment third = parsed.withTag("SV1").get(2);
        assertThat(third.element(1)).isEqualTo("HC:J1030:JZ:RT:59:XS");
        assertThat(third.element(3)).isEqualTo("UN");
        assertThat(third.element(5)).isEmpty();
        assertThat(parsed.withTag("SV1").get(1).element(7)).isEqualTo("2:1");
    }

    @Test
    void lineRenderingProviderOnlyWhenDifferent() {
        ParsedInterchange parsed = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.multiLineClaim()), CONTROL).text());

        List<Segment> renderingProviders = parsed.names("82");
        assertThat(renderingProviders).extracting(segment -> segment.element(9))
                .containsExactly(SampleClaims.CLAIM_RENDERING.npi(), SampleClaims.OTHER_RENDERING.npi());
        List<Segment> segments = parsed.segments();
        int lastLine = segments.lastIndexOf(parsed.withTag("LX").get(2));
        assertThat(segments.indexOf(renderingProviders.get(1))).isGreaterThan(lastLine);
    }

    @Test
    void clmCarriesPlaceOfServiceAndIndicators() {
        Segment clm = ParsedInterchange.parse(
                writer.write(List.of(SampleClaims.selfClaim()), CONTROL).text()).first("CLM");

        assertThat(clm.elements()).containsExactly("PCN-SELF-1", "100", "", "", "11:B:1", "Y", "A", "Y", "Y");
    }

    @Test
    void returnsPatientControlNumbersInOrder() {
        X12Interchange interchange = writer.write(batch(), CONTROL);

        assertThat(interchange.patientControlNumbers())
                .containsExactly("PCN-SELF-1", "PCN-CHILD-1", "PCN-MULTI-1", "PCN-DX12-1", "PCN-ACCENT-1");
    }

    @Test
    void emptyClaimListThrows() {
        assertThatThrownBy(() -> writer.write(List.of(), CONTROL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one claim");
    }

    @Test
    void missingPatientBirthDateThrowsWithoutPhi() {
        Claim dependent = SampleClaims.dependentClaim();
        Patient patient = new Patient(dependent.patient().name(), null, "M", dependent.patient().address());
        Claim claim = SampleClaims.claim("PCN-NODOB", "85.50", patient, dependent.subscriber(),
                dependent.diagnosisCodes(), dependent.serviceLines(), null);

        assertThatThrownBy(() -> writer.write(List.of(claim), CONTROL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CLM01=PCN-NODOB")
                .hasMessageContaining("2010CA DMG02")
                .hasMessageNotContaining("DOE");
    }

    @Test
    void nonLatinOnlyLastNameThrows() {
        Claim dependent = SampleClaims.dependentClaim();
        Patient patient = new Patient(new PersonName("李", "WEI", null, null), dependent.patient().birthDate(), "M",
                dependent.patient().address());
        Claim claim = SampleClaims.claim("PCN-HAN", "85.50", patient, dependent.subscriber(),
                dependent.diagnosisCodes(), dependent.serviceLines(), null);

        assertThatThrownBy(() -> writer.write(List.of(claim), CONTROL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2010CA NM1) last name (NM103)");
    }

    @Test
    void senderIdLongerThanIsa06Throws() {
        var settings = SampleClaims.x12Settings();
        var tooLong = new org.claimbridge.config.ClaimBridgeProperties.X12(settings.usageIndicator(),
                settings.senderQualifier(), "SENDER-ID-OF-16C", settings.receiverQualifier(), settings.receiverId(),
                settings.applicationSenderCode(), settings.applicationReceiverCode(), settings.submitterName(),
                settings.submitterId(), settings.submitterContactName(), settings.submitterContactPhone(),
                settings.receiverName(), settings.receiverIdentifier());

        assertThatThrownBy(() -> new Claim837Writer(tooLong, SampleClaims.billingProvider()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimbridge.x12.sender-id");
    }

    private static List<Claim> batch() {
        return List.of(SampleClaims.selfClaim(), SampleClaims.dependentClaim(), SampleClaims.multiLineClaim(),
                SampleClaims.twelveDiagnosesClaim(), SampleClaims.accentedNamesClaim());
    }
}
