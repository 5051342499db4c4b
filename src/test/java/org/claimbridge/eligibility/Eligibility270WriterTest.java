package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class Eligibility270WriterTest {

    private final Eligibility270Writer writer =
            new Eligibility270Writer(EligibilityRequests.PARTIES, EligibilityRequests.TRACE_ORIGINATOR);

    private String write(EligibilityRequest request) {
        return writer.write(request, new InquiryControl(42, "TRACE42", EligibilityRequests.CREATED_AT));
    }

    @Test
    void subscriberInquiryWritesEverySegment() {
        String x12 = write(EligibilityRequests.activeSubscriber());

        assertThat(x12.lines().toList()).containsExactly(
                "ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*SBXCLEARING    *250304*1015*^*00501*000000042*0*T*:~",
                "GS*HS*CLAIMBRIDGE*SBXCLEARING*20250304*1015*42*X*005010X279A1~",
                "ST*270*0001*005010X279A1~",
                "BHT*0022*13*TRACE42*20250304*1015~",
                "HL*1**20*1~",
                "NM1*PR*2*SANDBOX PAYER*****PI*SBX01~",
                "HL*2*1*21*1~",
                "NM1*1P*2*SANDBOX FAMILY PRACTICE*****XX*1234567893~",
                "HL*3*2*22*0~",
                "TRN*1*TRACE42*9CLAIMBRDG~",
                "NM1*IL*1*SANDBOX*ALICE****MI*SBX1000001~",
                "DMG*D8*19800115~",
                "DTP*291*D8*20250304~",
                "EQ*30~",
                "SE*13*0001~",
                "GE*1*42~",
                "IEA*1*000000042~");
    }

    @Test
    void dependentInquiryAddsLoop2000D() {
        String x12 = write(EligibilityRequests.dependent("GRACE", LocalDate.of(2010, 9, 4)));

        List<String> lines = x12.lines().toList();
        assertThat(lines).containsSubsequence(
                "NM1*1P*1*WELBY*MARCUS****XX*1234567893~",
                "HL*3*2*22*1~",
                "NM1*IL*1*SAMPLEFAM*FRANK****MI*SBX1000006~",
                "DMG*D8*19790312~",
                "HL*4*3*23*0~",
                "TRN*1*TRACE42*9CLAIMBRDG~",
                "NM1*03*1*SAMPLEFAM*GRACE~",
                "DMG*D8*20100904~",
                "INS*N*19~",
                "DTP*291*D8*20250304~",
                "EQ*30~",
                "SE*17*0001~");
        assertThat(lines.stream().filter(line -> line.startsWith("TRN*"))).hasSize(1);
        assertThat(lines.stream().filter(line -> line.startsWith("EQ*"))).hasSize(1);
    }

    @Test
    void writtenInterchangeReadsBackWithoutProblems() {
        String x12 = write(EligibilityRequests.dependent("GRACE", LocalDate.of(2010, 9, 4)));

        X12SegmentReader.Interchange read = X12SegmentReader.read(x12);

        assertThat(read.problems()).isEmpty();
        assertThat(read.complete()).isTrue();
    }

    @Test
    void textHygieneRemovesDelimitersAndNonAscii() {
        EligibilityRequest request = new EligibilityRequest("SBX01", "PAYER*ONE~", "1234567893", "CLINIC:A^B",
                null, "SBX1000001", "Müller-Łęcka", "José\tMaría", LocalDate.of(1980, 1, 15), null,
                EligibilityRequests.DATE_OF_SERVICE, null);

        String x12 = write(request);

        assertThat(x12).contains("NM1*PR*2*PAYER ONE*****PI*SBX01~");
        assertThat(x12).contains("NM1*1P*2*CLINIC A B*****XX*1234567893~");
        assertThat(x12).contains("NM1*IL*1*Muller-Lecka*Jose Maria****MI*SBX1000001~");
        assertThat(x12.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7E))).isTrue();
    }

    @Test
    void serviceTypeDefaultsToHealthBenefitPlanCoverage() {
        EligibilityRequest request = EligibilityRequests.activeSubscriber();

        assertThat(request.serviceTypeCode()).isEqualTo("30");
    }

    @Test
    void requestRejectsInvalidNpi() {
        assertThatThrownBy(() -> new EligibilityRequest("SBX01", "PAYER", "12345", "CLINIC", null, "SBX1000001",
                "SANDBOX", "ALICE", LocalDate.of(1980, 1, 15), null, EligibilityRequests.DATE_OF_SERVICE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providerNpi '12345' must be 10 digits (2100B NM109 with qualifier XX)");
    }

    @Test
    void requestMessageOmitsMemberId() {
        assertThatThrownBy(() -> EligibilityRequests.subscriber("X", "SANDBOX", "ALICE", LocalDate.of(1980, 1, 15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memberId must have 2 to 80 characters (2100C NM109)");
    }

    @Test
    void writerRejectsShortTraceOriginator() {
        assertThatThrownBy(() -> new Eligibility270Writer(EligibilityRequests.PARTIES, "ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 9 letters or digits");
    }
}
