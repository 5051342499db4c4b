package org.claimbridge.crypto;

import org.apache.camel.converter.crypto.PGPDataFormat;
import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the clearinghouse's OpenPGP data format as a bean that routes refer to by name. */
@Configuration(proxyBeanMethods = false)
public class ClearinghousePgpConfiguration {

    /**
     * Bean name of the data format. A YAML route encrypts with
     * {@code marshal: { custom: { ref: clearinghousePgp } }}.
     */
    public static final String BEAN_NAME = "clearinghousePgp";

    @Bean(BEAN_NAME)
    public PGPDataFormat clearinghousePgp(ClaimBridgeProperties properties) {
        return ClearinghousePgp.dataFormat(properties.clearinghouse());
    }
}
