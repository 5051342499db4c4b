package org.claimbridge.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** POST CoverageEligibilityRequest runs a 270/271 exchange with the sandbox CORE endpoint and its roster. */
class CoverageEligibilityTest extends FhirGatewayTest {

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
