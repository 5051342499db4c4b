package org.claimbridge.eligibility;

import java.nio.file.Path;
import java.time.Clock;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The eligibility client, its cache and its interchange parties, from claimbridge.eligibility and claimbridge.x12. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    EligibilityCache eligibilityCache(ClaimBridgeProperties properties, Clock clock) {
        return new EligibilityCache(properties.eligibility().cacheTimeToLive(), EligibilityCache.DEFAULT_MAX_ENTRIES,
                clock);
    }

    @Bean
    EligibilityClient eligibilityClient(ClaimBridgeProperties properties, EligibilityCache cache, Clock clock) {
        ClaimBridgeProperties.Eligibility eligibility = properties.eligibility();
        ClaimBridgeProperties.X12 x12 = properties.x12();
        InterchangeParties parties = new InterchangeParties(x12.senderQualifier(), x12.senderId(),
                x12.receiverQualifier(), x12.receiverId(), x12.applicationSenderCode(), x12.applicationReceiverCode(),
                x12.usageIndicator());
        EligibilityClientSettings settings = new EligibilityClientSettings(eligibility.endpoint(), parties,
                eligibility.traceOriginatorId(), eligibility.coreSenderId(), eligibility.coreReceiverId(),
                eligibility.responseLimit(), emptyToNull(eligibility.trustStoreFile()),
                emptyToNull(eligibility.trustStorePasswordFile()));
        return new EligibilityClient(settings, cache, clock);
    }

    private static Path emptyToNull(Path path) {
        return path == null || path.toString().isEmpty() ? null : path;
    }
}
