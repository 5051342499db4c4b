package org.claimbridge.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.converter.crypto.PGPDataFormat;
import org.claimbridge.config.ClaimBridgeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CryptoWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesConfiguration.class, AtRestCipher.class, ClearinghousePgpConfiguration.class)
            .withPropertyValues(
                    "claimbridge.store.at-rest-key-file=certs-sample/at-rest-sandbox.key",
                    "claimbridge.clearinghouse.pgp-public-key-file=certs-sample/clearinghouse-sandbox-public.asc",
                    "claimbridge.clearinghouse.pgp-key-user-id=sandbox-clearinghouse@claimbridge.invalid");

    @Test
    void sandboxKeysCreateBeans() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(AtRestCipher.class);
            assertThat(context).hasBean(ClearinghousePgpConfiguration.BEAN_NAME);
            assertThat(context.getBean(ClearinghousePgpConfiguration.BEAN_NAME)).isInstanceOf(PGPDataFormat.class);
        });
    }

    @Test
    void missingAtRestKeyFailsStartup() {
        runner.withPropertyValues("claimbridge.store.at-rest-key-file=certs-sample/missing.key").run(context ->
                assertThat(context).getFailure()
                        .hasStackTraceContaining("claimbridge.store.at-rest-key-file: key file")
                        .hasStackTraceContaining("missing.key not found"));
    }

    @Test
    void missingPgpKeyFailsStartup() {
        runner.withPropertyValues("claimbridge.clearinghouse.pgp-public-key-file=certs-sample/missing.asc")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("claimbridge.clearinghouse.pgp-public-key-file: file")
                        .hasStackTraceContaining("missing.asc not found"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClaimBridgeProperties.class)
    static class PropertiesConfiguration {
    }
}
