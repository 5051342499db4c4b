package org.claimbridge.intake.fhir;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the FHIR intake. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    /** The one FHIR R4 context of the gateway: creating one scans every model class, so it is built once. */
    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    FhirSettings fhirSettings(ClaimBridgeProperties properties) {
        return FhirSettings.of(properties);
    }

    @Bean
    ResourceParser fhirResourceParser(FhirContext context) {
        return new ResourceParser(context);
    }
}
