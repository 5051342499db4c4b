package org.claimbridge.intake.fhir;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the FHIR intake. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    /** Builds the gateway's single FHIR R4 context once, because creating one scans every model class. */
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
