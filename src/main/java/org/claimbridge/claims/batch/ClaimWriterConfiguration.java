package org.claimbridge.claims.batch;

import org.claimbridge.claims.x12.Claim837Writer;
import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 837P writer, configured with the submitter, receiver and billing provider. */
@Configuration(proxyBeanMethods = false)
class ClaimWriterConfiguration {

    @Bean
    Claim837Writer claim837Writer(ClaimBridgeProperties properties) {
        return new Claim837Writer(properties.x12(), properties.billingProvider());
    }
}
