package org.claimbridge.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Storage, idempotency, audit and the shared demographic rules of FHIR creates, on a running gateway. */
class FhirPipelineTest extends FhirGatewayTest {

    @Test
    void createIsStoredAndAuditedBeforeAnswer() throws Exception {
        HttpResponse<String> response = postJson("/Patient", encode(FhirSamples.patient("P" + unique())));

        String id = logicalId(response);
        Long messageId = jdbc.queryForObject("SELECT message_id FROM fhir_resource WHERE logical_id = ?", Long.class,
                id);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT ack_code FROM inbound_message WHERE id = ?", String.class, messageId))
                .isEqualTo("AA");
        assertThat(jdbc.queryForList("SELECT hop FROM audit_event WHERE message_id = ? ORDER BY id", String.class,
                messageId)).containsExactly("RECEIVED", "STORED", "VALIDATED", "STORED", "ACKNOWLEDGED");
        assertThat(jdbc.queryForObject("SELECT forward_status FROM fhir_resource WHERE logical_id = ?", String.class,
                id)).isEqualTo("PENDING");
    }

    @Test
    void resendWithSameIdentifierGetsSameResource() throws Exception {
        String body = encode(FhirSamples.patient("R" + unique()));

        HttpResponse<String> first = postJson("/Patient", body);
        HttpResponse<String> second = postJson("/Patient", body);

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fhir_resource WHERE logical_id = ?", Integer.class,
                logicalId(first))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event a JOIN fhir_resource r"
                + " ON r.message_id = a.message_id WHERE r.logical_id = ? AND a.hop = 'DUPLICATE'", Integer.class,
                logicalId(first))).isEqualTo(1);
    }

    @Test
    void ifNoneExistMakesCreateConditional() throws Exception {
        Patient patient = FhirSamples.patient("unused");
        patient.getIdentifier().clear();
        String query = "identifier=urn:claimbridge:test-mrn|C" + unique();

        HttpResponse<String> first = postJson("/Patient", encode(patient), "If-None-Exist", query);
        HttpResponse<String> second = postJson("/Patient", encode(patient), "If-None-Exist", query);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(logicalId(second)).isEqualTo(logicalId(first));
    }

    @Test
    void identifierIsNotStoredInClearText() throws Exception {
        String mrn = "SECRET" + unique();

        postJson("/Patient", encode(FhirSamples.patient(mrn)));

        List<String> controlIds = jdbc.queryForList("SELECT control_id FROM inbound_message", String.class);
        assertThat(controlIds).noneMatch(id -> id.contains(mrn));
        List<byte[]> payloads = jdbc.queryForList("SELECT payload FROM inbound_message", byte[].class);
        assertThat(payloads).noneMatch(p -> new String(p, StandardCharsets.ISO_8859_1).contains(mrn));
    }

    @Test
    void coverageWithoutMemberIdNamesSubscriberId() throws Exception {
        String patient = "Patient/" + logicalId(postJson("/Patient", encode(FhirSamples.patient("M" + unique()))));
        String payer = "Organization/" + logicalId(postJson("/Organization", encode(FhirSamples.payer())));
        Coverage coverage = FhirSamples.coverage(patient, payer);
        coverage.setSubscriberId(null);

        HttpResponse<String> response = postJson("/Coverage", encode(coverage));

        OperationOutcome outcome = parse(response, OperationOutcome.class);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome.getIssue()).hasSize(1);
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Coverage.subscriberId");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("is required");
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("REQUIRED");
    }

    @Test
    void rejectionIsStoredWithItsReasons() throws Exception {
        Coverage coverage = FhirSamples.coverage("Patient/none", "Organization/none");
        coverage.setSubscriberId(null);

        postJson("/Coverage", encode(coverage));

        List<String> locations = jdbc.queryForList("SELECT v.location FROM message_violation v JOIN inbound_message m"
                + " ON m.id = v.message_id WHERE m.channel = 'FHIR_R4_HTTP' AND m.ack_code = 'AE'", String.class);
        assertThat(locations).contains("Coverage.beneficiary", "Coverage.payor[0]");
    }

    @Test
    void specCoverageExampleIsAnsweredPrecisely() throws Exception {
        HttpResponse<String> response = postJson("/Coverage", sample("spec_coverage-example.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(expressions(response)).containsExactly("Coverage.beneficiary", "Coverage.subscriber",
                "Coverage.payor[0]");
    }

    @Test
    void specCoverageExampleTwoIsAnsweredPrecisely() throws Exception {
        HttpResponse<String> response = postJson("/Coverage", sample("spec_coverage-example-2.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(expressions(response)).containsExactly("Coverage.beneficiary", "Coverage.subscriber",
                "Coverage.payor[0]");
    }

    @Test
    void specPatientExampleFailsUsAddressRules() throws Exception {
        HttpResponse<String> response = postJson("/Patient", sample("spec_patient-example.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(expressions(response)).containsExactly("Patient.address[0].state",
                "Patient.address[0].postalCode");
    }

    @Test
    void specEncounterIsAccepted() throws Exception {
        HttpResponse<String> response = postJson("/Encounter", sample("spec_encounter-example.json"));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void specAppointmentIsAccepted() throws Exception {
        HttpResponse<String> response = postJson("/Appointment", sample("spec_appointment-example.json"));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void specTransactionNamesEachUnsupportedEntry() throws Exception {
        HttpResponse<String> response = postJson("", sample("spec_bundle-transaction.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(expressions(response)).containsExactly("Bundle.entry[2].request.method",
                "Bundle.entry[3].request.method", "Bundle.entry[4].request.method", "Bundle.entry[5].request.method",
                "Bundle.entry[6].request.method", "Bundle.entry[7].resource", "Bundle.entry[8].request.method",
                "Bundle.entry[9].request.method", "Bundle.entry[0].resource.address",
                "Bundle.entry[1].resource.address");
    }

    @Test
    void batchAnswersEachEntry() throws Exception {
        Bundle batch = new Bundle().setType(BundleType.BATCH);
        FhirSamples.add(batch, "urn:uuid:" + java.util.UUID.randomUUID(), FhirSamples.patient("B" + unique()));
        Patient bad = FhirSamples.patient("B" + unique());
        bad.getAddressFirstRep().setState("ZZ");
        FhirSamples.add(batch, "urn:uuid:" + java.util.UUID.randomUUID(), bad);

        HttpResponse<String> response = postJson("", encode(batch));

        Bundle answer = parse(response, Bundle.class);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.getType()).isEqualTo(BundleType.BATCHRESPONSE);
        assertThat(answer.getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsExactly("201 Created", "422 Unprocessable Entity");
    }

    static String logicalId(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        String[] parts = location.split("/");
        return parts[parts.length - 3];
    }

    static List<String> expressions(HttpResponse<String> response) {
        return parse(response, OperationOutcome.class).getIssue().stream()
                .map(i -> i.getExpression().isEmpty() ? "" : i.getExpression().get(0).getValue()).toList();
    }
}
