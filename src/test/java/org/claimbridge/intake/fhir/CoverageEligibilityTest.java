package org.claimbridge.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.claimbridge.eligibility.checks.EligibilityCheckStore;
import org.claimbridge.eligibility.checks.FlaggedCheck;
import org.claimbridge.store.MessageStore;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * POST CoverageEligibilityRequest runs a 270/271 exchange with the sandbox CORE endpoint and its roster, and stores
 * the request, the result and the audit rows of its hops.
 */
class CoverageEligibilityTest extends FhirGatewayTest {

    @Autowired
    MessageStore messages;

    @Autowired
    EligibilityCheckStore checks;

    @Test
    void specExampleNamesWhatIsMissing() throws Exception {
        HttpResponse<String> response = postJson("/CoverageEligibilityRequest",
                sample("spec_coverageeligibilityrequest-example.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(FhirPipelineTest.expressions(response)).containsExactly("CoverageEligibilityRequest.patient",
                "CoverageEligibilityRequest.insurance[0].coverage");
    }

    @Test
    void specExampleWithRosterMemberIsActive() throws Exception {
        CoverageEligibilityRequest request = withContained(FhirSamples.patient("EL" + unique()), "SBX1000001");

        HttpResponse<String> response = postJson("/CoverageEligibilityRequest", encode(request));

        CoverageEligibilityResponse answer = parse(response, CoverageEligibilityResponse.class);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.getOutcome()).isEqualTo(RemittanceOutcome.COMPLETE);
        assertThat(answer.getInsuranceFirstRep().getInforce()).isTrue();
        assertThat(answer.getInsuranceFirstRep().getBenefitPeriod().getStartElement().getValueAsString())
                .isEqualTo("2024-01-01");
        assertThat(answer.getInsuranceFirstRep().getBenefitPeriod().getEndElement().getValueAsString())
                .isEqualTo("2027-12-31");
        assertThat(answer.getContained()).extracting(r -> r.fhirType())
                .containsExactlyInAnyOrder("Patient", "Organization", "Coverage");
        assertThat(answer.getInsuranceFirstRep().getItemFirstRep().getBenefit()).extracting(
                b -> b.getType().getCodingFirstRep().getCode()).containsExactly("copay", "deductible");
    }

    @Test
    void inactiveMemberIsNotInForce() throws Exception {
        Patient patient = FhirSamples.patient("EL" + unique());
        patient.getNameFirstRep().setFamily("FICTIVE").getGiven().get(0).setValue("DANIEL");
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1960-06-07"));

        HttpResponse<String> response = postJson("/CoverageEligibilityRequest",
                encode(withContained(patient, "SBX1000004")));

        CoverageEligibilityResponse answer = parse(response, CoverageEligibilityResponse.class);
        assertThat(answer.getOutcome()).isEqualTo(RemittanceOutcome.COMPLETE);
        assertThat(answer.getInsuranceFirstRep().getInforce()).isFalse();
    }

    @Test
    void unknownMemberGetsAaaError() throws Exception {
        HttpResponse<String> response = postJson("/CoverageEligibilityRequest",
                encode(withContained(FhirSamples.patient("EL" + unique()), "SBX9999999")));

        CoverageEligibilityResponse answer = parse(response, CoverageEligibilityResponse.class);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.getOutcome()).isEqualTo(RemittanceOutcome.ERROR);
        assertThat(answer.getErrorFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("75");
        assertThat(answer.getInsurance()).isEmpty();
    }

    @Test
    void requestIsStoredEncrypted() throws Exception {
        String body = encode(withContained(FhirSamples.patient("EL" + unique()), "SBX1000001"));

        postJson("/CoverageEligibilityRequest", body);

        long messageId = lastMessageId();
        assertThat(jdbc.queryForObject("SELECT channel FROM inbound_message WHERE id = ?", String.class, messageId))
                .isEqualTo(FhirIntakeRecorder.CHANNEL);
        assertThat(new String(messages.payload(messageId), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(new String(jdbc.queryForObject("SELECT payload FROM inbound_message WHERE id = ?", byte[].class,
                messageId), StandardCharsets.ISO_8859_1)).doesNotContain("SBX1000001");
    }

    @Test
    void activeResultIsRecordedWithHops() throws Exception {
        postJson("/CoverageEligibilityRequest", encode(withContained(FhirSamples.patient("EL" + unique()),
                "SBX1000001")));

        long messageId = lastMessageId();
        assertThat(checkColumn(messageId, "status")).isEqualTo("ACTIVE");
        assertThat(checkColumn(messageId, "flagged")).isEqualTo(false);
        assertThat(jdbc.queryForList("SELECT hop FROM audit_event WHERE message_id = ? ORDER BY id", String.class,
                messageId)).containsExactly("RECEIVED", "STORED", "ELIGIBILITY_CHECKED", "ACKNOWLEDGED");
        assertThat(jdbc.queryForObject("SELECT outcome FROM audit_event WHERE message_id = ? AND hop = 'ACKNOWLEDGED'",
                String.class, messageId)).isEqualTo("200");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE message_id = ? AND detail LIKE ?",
                Integer.class, messageId, "%SBX1000001%")).isZero();
    }

    @Test
    void inactiveMemberIsFlagged() throws Exception {
        Patient patient = FhirSamples.patient("EL" + unique());
        patient.getNameFirstRep().setFamily("FICTIVE").getGiven().get(0).setValue("DANIEL");
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1960-06-07"));

        postJson("/CoverageEligibilityRequest", encode(withContained(patient, "SBX1000004")));

        long messageId = lastMessageId();
        assertThat(checkColumn(messageId, "status")).isEqualTo("INACTIVE");
        assertThat(checkColumn(messageId, "flagged")).isEqualTo(true);
        assertThat(checks.findFlagged("SBX01", "SBX1000004", List.of(LocalDate.now(ZoneOffset.UTC))))
                .extracting(FlaggedCheck::messageId).contains(messageId);
    }

    @Test
    void flaggedCoverageHoldsLaterClaim() throws Exception {
        Patient patient = FhirSamples.patient("EL" + unique());
        patient.getNameFirstRep().setFamily("FICTIVE").getGiven().get(0).setValue("DANIEL");
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1960-06-07"));
        CoverageEligibilityRequest request = withContained(patient, "SBX1000004");
        request.setServiced(new org.hl7.fhir.r4.model.DateType(java.util.Date.from(LocalDate.now(ZoneOffset.UTC)
                .minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        postJson("/CoverageEligibilityRequest", encode(request));
        String claimNumber = "H" + unique();
        Bundle claim = FhirSamples.claimTransaction("H" + unique(), claimNumber);
        ((Coverage) claim.getEntry().get(3).getResource()).setSubscriberId("SBX1000004");

        HttpResponse<String> response = postJson("", encode(claim));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM claim WHERE patient_control_number = ?", String.class,
                claimNumber)).isEqualTo("HELD");
    }

    @Test
    void incompleteRequestIsStoredAsRejected() throws Exception {
        postJson("/CoverageEligibilityRequest", sample("spec_coverageeligibilityrequest-example.json"));

        long messageId = lastMessageId();
        assertThat(jdbc.queryForObject("SELECT ack_code FROM inbound_message WHERE id = ?", String.class, messageId))
                .isEqualTo(FhirIntakeRecorder.INVALID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eligibility_check WHERE message_id = ?", Integer.class,
                messageId)).isZero();
    }

    private long lastMessageId() {
        return jdbc.queryForObject("SELECT MAX(id) FROM inbound_message WHERE message_type = ?", Long.class,
                EligibilityRecorder.TYPE);
    }

    private Object checkColumn(long messageId, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM eligibility_check WHERE message_id = ?", Object.class,
                messageId);
    }

    /** Returns the spec example with its patient, coverage and payer contained: the additions it needs. */
    private static CoverageEligibilityRequest withContained(Patient patient, String memberId) throws Exception {
        CoverageEligibilityRequest request = FHIR.newJsonParser().parseResource(CoverageEligibilityRequest.class,
                sample("spec_coverageeligibilityrequest-example.json"));
        patient.setId("patient");
        Organization payer = FhirSamples.payer();
        payer.setId("payer");
        Coverage coverage = FhirSamples.coverage("#patient", "#payer");
        coverage.setId("coverage");
        coverage.setSubscriberId(memberId);
        request.addContained(patient).addContained(payer).addContained(coverage);
        request.setPatient(new Reference("#patient"));
        request.getInsuranceFirstRep().setCoverage(new Reference("#coverage"));
        request.setInsurer(new Reference("#payer"));
        request.setServiced(new org.hl7.fhir.r4.model.DateType(java.util.Date.from(
                LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant())));
        return request;
    }
}
