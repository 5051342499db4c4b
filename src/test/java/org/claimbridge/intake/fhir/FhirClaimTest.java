package org.claimbridge.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.claimbridge.crypto.PgpTestDecryptor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * FHIR claims end to end: mapped, validated, stored, batched into an 837P, encrypted and uploaded to the
 * sandbox clearinghouse; and the specification's examples, as they are and with the additions that make
 * them claimable.
 */
class FhirClaimTest extends FhirGatewayTest {

    @Test
    void transactionClaimReachesClearinghouse() throws Exception {
        String claimNumber = "F" + unique();

        HttpResponse<String> response = postJson("", encode(FhirSamples.claimTransaction("T" + unique(),
                claimNumber)));

        Bundle answer = parse(response, Bundle.class);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsOnly("201 Created", "200 OK");
        assertThat(answer.getEntry().get(4).getResponse().getStatus()).isEqualTo("201 Created");
        String x12 = awaitClaimFile(claimNumber);
        assertThat(x12).contains("CLM*" + claimNumber + "*125***11:B:1");
        assertThat(x12).contains("HI*ABK:J069");
        assertThat(x12).contains("SV1*HC:99213*125*UN*1***1");
        assertThat(x12).contains("NM1*82*1*CAREFUL*ADAM****XX*" + FhirSamples.RENDERING_NPI);
        assertThat(x12).contains("NM1*PR*2*SANDBOX HEALTH PLAN*****PI*SBX01");
    }

    @Test
    void claimReferencingEarlierResourcesIsAccepted() throws Exception {
        String patient = "Patient/" + FhirPipelineTest.logicalId(postJson("/Patient",
                encode(FhirSamples.patient("E" + unique()))));
        String payer = "Organization/" + FhirPipelineTest.logicalId(postJson("/Organization",
                encode(FhirSamples.payer())));
        String practitioner = "Practitioner/" + FhirPipelineTest.logicalId(postJson("/Practitioner",
                encode(FhirSamples.practitioner())));
        String coverage = "Coverage/" + FhirPipelineTest.logicalId(postJson("/Coverage",
                encode(FhirSamples.coverage(patient, payer))));
        String claimNumber = "E" + unique();

        HttpResponse<String> response = postJson("/Claim", encode(FhirSamples.claim(claimNumber, patient, coverage,
                practitioner)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE patient_control_number = ?", Integer.class,
                claimNumber)).isEqualTo(1);
    }

    @Test
    void specProfessionalClaimNamesWhatIsMissing() throws Exception {
        HttpResponse<String> response = postJson("/Claim", sample("spec_claim-example-professional.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(FhirPipelineTest.expressions(response)).containsExactly("Claim.patient",
                "Claim.insurance[0].coverage", "Claim.careTeam[0].provider", "Claim.item[0].productOrService",
                "Claim.diagnosis[0].diagnosisCodeableConcept");
    }

    @Test
    void specProfessionalClaimWithAdditionsReachesClearinghouse() throws Exception {
        Claim claim = FHIR.newJsonParser().parseResource(Claim.class, sample("spec_claim-example-professional.json"));
        claim.getDiagnosisFirstRep().setDiagnosis(concept("http://hl7.org/fhir/sid/icd-10-cm", "J06.9"));
        claim.getItemFirstRep().setProductOrService(concept("http://www.ama-assn.org/go/cpt", "99213"));
        Coverage coverage = FHIR.newJsonParser().parseResource(Coverage.class, sample("spec_coverage-example.json"));
        coverage.setSubscriber(new Reference("Patient/1")).setBeneficiary(new Reference("Patient/1"));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        FhirSamples.add(bundle, "http://example.org/fhir/Claim/860150", claim);
        FhirSamples.add(bundle, "http://example.org/fhir/Coverage/9876B1", coverage);
        FhirSamples.add(bundle, "http://example.org/fhir/Patient/1", FhirSamples.patient("S" + unique()));
        FhirSamples.add(bundle, "http://example.org/fhir/Organization/2", FhirSamples.payer());
        FhirSamples.add(bundle, "http://example.org/fhir/Practitioner/example", FhirSamples.practitioner());

        HttpResponse<String> response = postJson("", encode(bundle));

        assertThat(response.statusCode()).isEqualTo(200);
        String x12 = awaitClaimFile("8612345");
        assertThat(x12).contains("CLM*8612345*75***11:B:1");
        assertThat(x12).contains("NM1*IL*1*SANDBOX*ALICE****MI*12345");
        Files.writeString(Path.of("target/fhir-spec-professional.x12"), x12);
    }

    @Test
    void specCms1500ClaimNamesWhatIsMissing() throws Exception {
        HttpResponse<String> response = postJson("/Claim", sample("spec_claim-example-cms1500-medical.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(FhirPipelineTest.expressions(response)).containsExactly("Claim.type", "Claim.careTeam[0].provider");
    }

    @Test
    void specCms1500ClaimWithAdditionsReachesClearinghouse() throws Exception {
        Claim claim = FHIR.newJsonParser().parseResource(Claim.class,
                sample("spec_claim-example-cms1500-medical.json"));
        claim.setType(concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional"));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        FhirSamples.add(bundle, "http://example.org/fhir/Claim/MED-00050", claim);
        FhirSamples.add(bundle, "http://example.org/fhir/Practitioner/example", FhirSamples.practitioner());

        HttpResponse<String> response = postJson("", encode(bundle));

        assertThat(response.statusCode()).isEqualTo(200);
        String x12 = awaitClaimFile("MED-00050");
        assertThat(x12).contains("CLM*MED-00050*12500***24:B:1");
        assertThat(x12).contains("HI*ABK:M961*ABF:G894*ABF:M5388*ABF:M47816");
        assertThat(x12).contains("SV1*HC:62264*12500*UN*1***2:4");
        Files.writeString(Path.of("target/fhir-spec-cms1500.x12"), x12);
    }

    @Test
    void syntheaBundleIsAnsweredPrecisely() throws Exception {
        HttpResponse<String> response = postJson("", sample("synthea_Christopher407_Kris249_bundle_small.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(FhirPipelineTest.expressions(response)).contains("Bundle.entry[3].resource",
                "Bundle.entry[4].resource", "Bundle.entry[6].resource", "Bundle.entry[27].resource",
                "Bundle.entry[5].resource.insurance[0].coverage",
                "Bundle.entry[5].resource.diagnosis[0].diagnosisReference",
                "Bundle.entry[5].resource.item[0].productOrService", "Bundle.entry[5].resource.identifier[0].value");
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    private String awaitClaimFile(String patientControlNumber) {
        Path inbound = ROOT.resolve("clearinghouse").resolve("inbound");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> findClaimFile(inbound, patientControlNumber), x12 -> x12 != null);
    }

    private static String findClaimFile(Path inbound, String patientControlNumber) throws Exception {
        if (!Files.isDirectory(inbound)) {
            return null;
        }
        try (Stream<Path> files = Files.list(inbound)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".x12.asc")).toList()) {
                String x12 = new String(PgpTestDecryptor.decryptWithSandboxKey(Files.readAllBytes(file)).plaintext(),
                        StandardCharsets.US_ASCII);
                if (x12.contains("CLM*" + patientControlNumber + "*")) {
                    return x12;
                }
            }
        }
        return null;
    }
}
