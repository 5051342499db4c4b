package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.claimbridge.eligibility.EligibilityResult.Failure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client to sandbox server over real HTTPS on 127.0.0.1, with the sandbox roster and TLS key. */
class SandboxEligibilityRoundTripTest {

    @TempDir
    Path root;

    private SandboxEligibilityServer server;
    private EligibilityClient client;

    @BeforeEach
    void startServer() {
        server = SandboxFixture.server(root);
        server.start(0);
        client = new EligibilityClient(SandboxFixture.settings(server.port(), Duration.ofSeconds(10)), null);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private List<Path> storedInquiries() throws IOException {
        try (Stream<Path> files = Files.list(server.inquiryFolder())) {
            return files.sorted().toList();
        }
    }

    @Test
    void activeMemberIsActive() {
        EligibilityResult result = client.check(EligibilityRequests.activeSubscriber());

        assertThat(result.status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(result.planBegin()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(result.planEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(result.copay()).isEqualByComparingTo(new BigDecimal(Sandbox271Writer.COPAY));
        assertThat(result.deductible()).isEqualByComparingTo(new BigDecimal(Sandbox271Writer.DEDUCTIBLE));
        assertThat(result.rejections()).isEmpty();
        assertThat(result.readProblems()).isEmpty();
        assertThat(result.transactionControl()).isEqualTo("0001");
    }

    @Test
    void inactiveMemberIsInactive() {
        EligibilityResult result = client.check(
                EligibilityRequests.subscriber("SBX1000004", "FICTIVE", "DANIEL", LocalDate.of(1960, 6, 7)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.INACTIVE);
        assertThat(result.planBegin()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(result.planEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(result.copay()).isNull();
        assertThat(result.readProblems()).isEmpty();
    }

    @Test
    void memberMissingFromRosterIsUnknown() {
        EligibilityResult result = client.check(
                EligibilityRequests.subscriber("SBX9999999", "NOONE", "ZED", LocalDate.of(1970, 1, 1)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.UNKNOWN_MEMBER);
        assertThat(result.rejections()).containsExactly(
                new Rejection("2100C", "75", "C", "Subscriber/Insured Not Found"));
        assertThat(result.readProblems()).isEmpty();
    }

    @Test
    void nameMismatchIsRejectedWith73() {
        EligibilityResult result = client.check(
                EligibilityRequests.subscriber("SBX1000001", "SANDBOX", "ALICIA", LocalDate.of(1980, 1, 15)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.REJECTED);
        assertThat(result.rejections()).containsExactly(
                new Rejection("2100C", "73", "C", "Invalid/Missing Subscriber/Insured Name"));
    }

    @Test
    void birthDateMismatchIsRejectedWith71() {
        EligibilityResult result = client.check(
                EligibilityRequests.subscriber("SBX1000001", "SANDBOX", "ALICE", LocalDate.of(1980, 1, 16)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.REJECTED);
        assertThat(result.rejections()).extracting(Rejection::reasonCode).containsExactly("71");
    }

    @Test
    void activeDependentIsActive() {
        EligibilityResult result = client.check(EligibilityRequests.dependent("GRACE", LocalDate.of(2010, 9, 4)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(result.planEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(result.readProblems()).isEmpty();
    }

    @Test
    void inactiveDependentIsInactive() {
        EligibilityResult result = client.check(EligibilityRequests.dependent("HENRY", LocalDate.of(2013, 5, 17)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.INACTIVE);
        assertThat(result.planEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void unknownDependentIsRejectedWith67() {
        EligibilityResult result = client.check(EligibilityRequests.dependent("NOBODY", LocalDate.of(2011, 1, 1)));

        assertThat(result.status()).isEqualTo(EligibilityStatus.REJECTED);
        assertThat(result.rejections()).containsExactly(new Rejection("2100D", "67", "C", "Patient Not Found"));
    }

    @Test
    void every270IsStoredUnderItsPayloadId() throws IOException {
        client.check(EligibilityRequests.activeSubscriber());
        client.check(EligibilityRequests.subscriber("SBX9999999", "NOONE", "ZED", LocalDate.of(1970, 1, 1)));

        List<Path> stored = storedInquiries();

        assertThat(stored).hasSize(2);
        assertThat(stored).allSatisfy(file -> assertThat(file.getFileName().toString())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.x12"));
        assertThat(Files.readString(stored.get(0), StandardCharsets.US_ASCII))
                .startsWith("ISA*00*").contains("ST*270*0001*005010X279A1~");
    }

    @Test
    void cacheAnswersRepeatedInquiry() throws IOException {
        EligibilityClient cached = new EligibilityClient(SandboxFixture.settings(server.port(), Duration.ofSeconds(10)),
                new EligibilityCache(Duration.ofMinutes(5)));

        EligibilityResult first = cached.check(EligibilityRequests.activeSubscriber());
        EligibilityResult second = cached.check(EligibilityRequests.activeSubscriber());

        assertThat(second).isSameAs(first);
        assertThat(storedInquiries()).hasSize(1);
    }

    @Test
    void untrustedCertificateFailsConnection() {
        EligibilityClientSettings trusting = SandboxFixture.settings(server.port(), Duration.ofSeconds(10));
        EligibilityClient jdkTrust = new EligibilityClient(new EligibilityClientSettings(trusting.endpoint(),
                trusting.parties(), trusting.traceOriginatorId(), trusting.coreSenderId(), trusting.coreReceiverId(),
                trusting.responseLimit(), null, null), null);

        EligibilityResult result = jdkTrust.check(EligibilityRequests.activeSubscriber());

        assertThat(result.status()).isEqualTo(EligibilityStatus.ERROR);
        assertThat(result.failure().code()).isEqualTo(Failure.CONNECTION_FAILED);
    }
}
