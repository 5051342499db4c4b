package org.claimbridge.intake.hl7;

import java.nio.charset.Charset;
import java.time.Clock;

import org.apache.camel.component.hl7.HL7MLLPNettyDecoderFactory;
import org.apache.camel.component.hl7.HL7MLLPNettyEncoderFactory;
import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans of the HL7 v2 claim intake: the MLLP codec for the Netty listener and the intake decider.
 *
 * <p>The listener uses camel-netty with camel-hl7's MLLP codec, whose decoder is a Netty
 * DelimiterBasedFrameDecoder: it keeps unread bytes between socket reads, so several frames that
 * arrive in one read are each delivered. The decoder hands raw bytes to the route so the charset
 * can be chosen per message from MSH-18.
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
    HL7MLLPNettyDecoderFactory hl7MllpDecoder() {
        HL7MLLPNettyDecoderFactory decoder = new HL7MLLPNettyDecoderFactory();
        decoder.setProduceString(false);
        return decoder;
    }

    @Bean
    HL7MLLPNettyEncoderFactory hl7MllpEncoder() {
        return new HL7MLLPNettyEncoderFactory();
    }

    @Bean
    Hl7ClaimIntake hl7ClaimIntake(Clock clock) {
        return new Hl7ClaimIntake(properties.claims().placeOfServiceCode(), clock);
    }
}
