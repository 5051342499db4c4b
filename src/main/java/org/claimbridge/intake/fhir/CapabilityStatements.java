package org.claimbridge.intake.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.springframework.stereotype.Component;

/**
 * The CapabilityStatement of GET /fhir/r4/metadata. It lists exactly what the gateway does: create (with
 * conditional create through If-None-Exist) of the types in {@link SupportedResources}, create of
 * CoverageEligibilityRequest answered by a CoverageEligibilityResponse, transaction and batch Bundles,
 * JSON and XML. There is no read or search.
 */
@Component
class CapabilityStatements {

    private final Date started = new Date();

    CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(started);
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json").addFormat("application/fhir+xml");
        statement.getSoftware().setName("ClaimBridge");
        statement.getImplementation().setDescription("ClaimBridge FHIR R4 intake: claims to X12 837P, eligibility"
                + " through X12 270/271");

        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")))
                .setDescription("OAuth2 bearer access tokens from POST /fhir/r4/auth/token (SMART Backend Services"
                        + " client credentials with a signed client assertion), an API key in the X-API-Key header,"
                        + " or a registered client certificate over mutual TLS");
        rest.addInteraction().setCode(SystemRestfulInteraction.TRANSACTION);
        rest.addInteraction().setCode(SystemRestfulInteraction.BATCH);
        for (String type : SupportedResources.CREATE) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
            resource.addInteraction().setCode(TypeRestfulInteraction.CREATE);
            resource.setConditionalCreate(true);
        }
        rest.addResource().setType(SupportedResources.ELIGIBILITY_REQUEST).addInteraction()
                .setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation("Runs an X12 270/271 exchange and returns a CoverageEligibilityResponse");
        return statement;
    }
}
