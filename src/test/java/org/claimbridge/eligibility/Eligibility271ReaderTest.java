package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimbridge.eligibility.EligibilityResult.Failure;
import org.junit.jupiter.api.Test;

class Eligibility271ReaderTest {

    private final Eligibility271Reader reader = new Eligibility271Reader();

    static String sample(String name) {
        try (InputStream in = Eligibility271ReaderTest.class.getResourceAsStream("/samples/x12/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void subscriberSampleIsActive() {
        EligibilityResult result = reader.read(sample("271_lfh_subscriber-health-benefit-check.271"));

        assertThat(result.status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(result.planBegin()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(result.planEnd()).isNull();
        assertThat(result.copay()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(result.deductible()).isNull();
        assertThat(result.rejections()).isEmpty();
        assertThat(result.readProblems()).isEmpty();
        assertThat(result.transactionControl()).isEqualTo("4321");
        assertThat(result.failure()).isNull();
    }

    @Test
    void dependentSampleIsActiveFromLoop2110D() {
        EligibilityResult result = reader.read(sample("271_lfh_dependent-health-benefit-check.271"));

        assertThat(result.status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(result.planBegin()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(result.planEnd()).isNull();
        assertThat(result.copay()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(result.deductible()).isNull();
        assertThat(result.rejections()).isEmpty();
        assertThat(result.readProblems()).isEmpty();
        assertThat(result.transactionControl()).isEqualTo("4321");
    }

    @Test
    void errorSampleIsRejectedAndReportsSe02() {
        EligibilityResult result = reader.read(sample("271_lfh_subscriber-health-benefit-check-error_AAA.271"));

        assertThat(result.status()).isEqualTo(EligibilityStatus.REJECTED);
        assertThat(result.rejections()).containsExactly(
                new Rejection("2100B", "50", "N", "Provider Ineligible for Inquiries"));
        assertThat(result.readProblems()).containsExactly("SE02 CONTROL_REFERENCE_MISMATCH (segment 10)");
        assertThat(result.transactionControl()).isEqualTo("4321");
        assertThat(result.planBegin()).isNull();
        assertThat(result.copay()).isNull();
    }

    @Test
    void wrongSegmentCountIsReportedAndReadOn() {
        String x12 = sample("271_lfh_subscriber-health-benefit-check.271").replace("SE*22*4321~", "SE*21*4321~");

        EligibilityResult result = reader.read(x12);

        assertThat(result.status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(result.readProblems()).containsExactly(
                "SE01 CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT (segment 24)");
    }

    @Test
    void subscriberNotFoundIsUnknownMember() {
        String x12 = sample("271_lfh_subscriber-health-benefit-check.271")
                .replace("DMG*D8*19630519*M~", "AAA*Y**75*C~");

        EligibilityResult result = reader.read(x12);

        assertThat(result.status()).isEqualTo(EligibilityStatus.UNKNOWN_MEMBER);
        assertThat(result.rejections()).containsExactly(
                new Rejection("2100C", "75", "C", "Subscriber/Insured Not Found"));
    }

    @Test
    void inactiveCoverageWithPlanRange() {
        String x12 = sample("271_lfh_subscriber-health-benefit-check.271")
                .replace("DTP*346*D8*20060101~", "DTP*291*RD8*20060101-20061231~")
                .replace("EB*1**30**GOLD 123 PLAN~", "EB*6**30**GOLD 123 PLAN~")
                .replace("EB*1**1^33^35^47^86^88^98^AL^MH^UC~", "EB*C**30***23*500~");

        EligibilityResult result = reader.read(x12);

        assertThat(result.status()).isEqualTo(EligibilityStatus.INACTIVE);
        assertThat(result.planBegin()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(result.planEnd()).isEqualTo(LocalDate.of(2006, 12, 31));
        assertThat(result.deductible()).isEqualByComparingTo(new BigDecimal("500"));
    }

    @Test
    void invalidDateAndAmountAreSkipped() {
        String x12 = sample("271_lfh_subscriber-health-benefit-check.271")
                .replace("DTP*346*D8*20060101~", "DTP*346*D8*20061301~")
                .replace("*27*10.00*", "*27*TEN*");

        EligibilityResult result = reader.read(x12);

        assertThat(result.status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(result.planBegin()).isNull();
        assertThat(result.copay()).isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(result.readProblems()).containsExactly(
                "DTP*346 has no valid D8 or RD8 date (segment 15); skipped",
                "EB07 is not a decimal amount (segment 22); skipped");
    }

    @Test
    void missingCoverageStatusIsError() {
        String x12 = sample("271_lfh_subscriber-health-benefit-check.271")
                .replace("EB*1**30**GOLD 123 PLAN~", "EB*L~")
                .replace("EB*1**1^33^35^47^86^88^98^AL^MH^UC~", "EB*L~");

        EligibilityResult result = reader.read(x12);

        assertThat(result.status()).isEqualTo(EligibilityStatus.ERROR);
        assertThat(result.failure().code()).isEqualTo(Failure.NO_COVERAGE_STATUS);
    }

    @Test
    void otherTransactionSetIsUnreadable() {
        String x12 = sample("271_lfh_subscriber-health-benefit-check.271").replace("ST*271*", "ST*270*");

        EligibilityResult result = reader.read(x12);

        assertThat(result.status()).isEqualTo(EligibilityStatus.ERROR);
        assertThat(result.failure().code()).isEqualTo(Failure.UNREADABLE_271);
        assertThat(result.failure().message()).isEqualTo("ST01 is '270' but an eligibility response must be a 271");
    }

    @Test
    void textThatIsNotX12IsUnreadable() {
        EligibilityResult result = reader.read("<html>Service Unavailable</html>");

        assertThat(result.status()).isEqualTo(EligibilityStatus.ERROR);
        assertThat(result.failure().code()).isEqualTo(Failure.UNREADABLE_271);
        assertThat(result.readProblems()).hasSize(1);
    }

    @Test
    void emptyPayloadIsUnreadable() {
        EligibilityResult result = reader.read("");

        assertThat(result.failure().code()).isEqualTo(Failure.UNREADABLE_271);
    }
}
