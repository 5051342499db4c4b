package org.claimbridge.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The HTTP surface of /fhir/r4: formats, status codes and OperationOutcomes, on a running gateway. */
class FhirEndpointTest extends FhirGatewayTest {

    @Test
    void metadataListsExactlyTheSupportedTypes() throws Exception {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/metadata")).GET().build(), HttpResponse.BodyHandlers.ofString());

        CapabilityStatement statement = parse(response, CapabilityStatement.class);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(statement.getRestFirstRep().getResource()).extracting(CapabilityStatementRestResourceComponent::getType)
                .containsExactly("Patient", "Coverage", "Appointment", "Encounter", "Claim", "RelatedPerson",
                        "Organization", "Practitioner", "Condition", "CoverageEligibilityRequest");
        assertThat(statement.getRestFirstRep().getResource()).allSatisfy(r -> assertThat(r.getInteraction())
                .extracting(i -> i.getCode().toCode()).containsExactly("create"));
        assertThat(statement.getRestFirstRep().getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactly("transaction", "batch");
        assertThat(statement.getFormat()).extracting(f -> f.getValue())
                .containsExactly("application/fhir+json", "application/fhir+xml");
    }

    @Test
    void metadataInXmlOnRequest() throws Exception {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/metadata")).header("Accept", XML).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith(XML));
        assertThat(response.body()).startsWith("<CapabilityStatement");
    }

    @Test
    void wrongContentTypeGets415() throws Exception {
        HttpResponse<String> response = post("/Patient", "text/plain", "hello");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(reason(response)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodyAboveLimitGets413() throws Exception {
        String large = "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
                + "x".repeat(300 * 1024) + "</div>\"}}";

        HttpResponse<String> response = postJson("/Patient", large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(reason(response)).isEqualTo("TOO_LARGE");
    }

    @Test
    void malformedJsonGets400WithoutStackTrace() throws Exception {
        HttpResponse<String> response = postJson("/Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reason(response)).isEqualTo("UNPARSEABLE");
        assertThat(response.body()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void unknownElementIsNamed() throws Exception {
        HttpResponse<String> response = postJson("/Patient", "{\"resourceType\":\"Patient\",\"nickname\":\"X\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response, OperationOutcome.class).getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("Patient.nickname");
    }

    @Test
    void xmlExternalEntityIsRejected() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Patient [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&secret;\"/></name></Patient>";

        HttpResponse<String> response = post("/Patient", XML, xxe);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reason(response)).isEqualTo("DTD_NOT_ALLOWED");
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void xmlPatientIsCreated() throws Exception {
        Patient patient = FhirSamples.patient("XML" + unique());

        HttpResponse<String> response = post("/Patient", XML, FHIR.newXmlParser().encodeResourceToString(patient),
                "Accept", XML);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).startsWith("<Patient");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                v -> assertThat(v).startsWith(base() + "/Patient/").endsWith("/_history/1"));
    }

    @Test
    void typeInBodyMustMatchUrl() throws Exception {
        HttpResponse<String> response = postJson("/Coverage", encode(FhirSamples.patient("T" + unique())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reason(response)).isEqualTo("TYPE_MISMATCH");
    }

    @Test
    void unsupportedTypeGets404() throws Exception {
        HttpResponse<String> response = postJson("/Observation", "{\"resourceType\":\"Observation\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(reason(response)).isEqualTo("UNSUPPORTED_RESOURCE");
    }

    @Test
    void readIsNotSupported() throws Exception {
        HttpResponse<String> response = get("/Patient/abc");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(reason(response)).isEqualTo("UNSUPPORTED_INTERACTION");
    }

    @Test
    void missingCredentialsGet401() throws Exception {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/Patient")).header("Content-Type", JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response, OperationOutcome.class).getIssueFirstRep().getCode().toCode()).isEqualTo("login");
    }

    @Test
    void wrongApiKeyGets401() throws Exception {
        HttpResponse<String> response = postJson("/Patient", "{}", "X-API-Key", "not-the-key");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    static String reason(HttpResponse<String> response) {
        List<OperationOutcome.OperationOutcomeIssueComponent> issues = parse(response, OperationOutcome.class)
                .getIssue();
        return issues.get(0).getDetails().getCodingFirstRep().getCode();
    }
}
