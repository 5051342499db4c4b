package org.claimbridge.intake.fhir;

import org.hl7.fhir.r4.model.Resource;

/**
 * The HTTP response of a FHIR request: a status and a resource.
 *
 * @param location the path of a created or found resource relative to the FHIR base, for example
 *     Patient/abc/_history/1, or null
 */
record FhirReply(int status, Resource body, String location) {

    static FhirReply of(int status, Resource body) {
        return new FhirReply(status, body, null);
    }
}
