package org.claimbridge.intake.fhir;

import org.claimbridge.config.ClaimBridgeProperties;

/**
 * The FHIR intake settings that the intake classes need, read from claimbridge.fhir and claimbridge.claims.
 *
 * @param maxRequestBytes largest body accepted
 * @param placeOfServiceCode CMS place of service code for claims whose lines carry none
 */
record FhirSettings(long maxRequestBytes, String placeOfServiceCode) {

    static FhirSettings of(ClaimBridgeProperties properties) {
        ClaimBridgeProperties.Fhir fhir = properties.fhir();
        long max = fhir == null || fhir.maxRequestSize() == null ? 5L * 1024 * 1024 : fhir.maxRequestSize().toBytes();
        return new FhirSettings(max, properties.claims().placeOfServiceCode());
    }
}
