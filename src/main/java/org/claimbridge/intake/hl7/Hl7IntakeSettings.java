package org.claimbridge.intake.hl7;

import java.nio.charset.Charset;
import java.time.Clock;

import org.apache.camel.component.hl7.HL7MLLPNettyEncoderFactory;
import org.claimbridge.claims.validation.DemographicPolicy;
import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans of the HL7 v2 intake: the MLLP codec for the Netty listener and the intake decider with its demographic
 * policy.
 *
 * <p>The listener uses camel-netty with {@link MllpFrameDecoder}, which keeps unread bytes between socket
 * reads, so several frames that arrive in one read are each delivered, and bounds the frame size. It hands
 * raw bytes to the route so the charset can be chosen per message from MSH-18. camel-hl7's encoder frames
 * the acknowledgements.
 */
@Configuration(proxyBeanMethods = false)
class Hl7IntakeSettings {

    private final ClaimBridgeProperties properties;

    Hl7IntakeSettings(ClaimBridgeProperties properties) {
        this.properties = properties;
    }

    Charset defaultCharset() {
        return Charset.forName(properties.mllp().defaultCharset());
    }

    @Bean
    MllpFrameDecoderFactory hl7MllpDecoder() {
        return new MllpFrameDecoderFactory(properties.mllp().maxFrameBytes());
    }

    @Bean
    HL7MLLPNettyEncoderFactory hl7MllpEncoder() {
        return new HL7MLLPNettyEncoderFactory();
    }

    @Bean
    Hl7ClaimIntake hl7ClaimIntake(Clock clock) {
        return new Hl7ClaimIntake(properties.claims().placeOfServiceCode(), demographicPolicy(), clock);
    }

    /**
     * Reads claimbridge.demographics.
     *
     * @throws IllegalArgumentException naming the setting when a rule, severity or pattern is invalid
     */
    DemographicPolicy demographicPolicy() {
        ClaimBridgeProperties.Demographics demographics = properties.demographics();
        if (demographics == null) {
            return DemographicPolicy.REJECT_ALL;
        }
        return DemographicPolicy.of(demographics.rules(), demographics.memberIdPatterns());
    }
}
