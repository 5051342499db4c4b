package org.claimbridge.spine;

import java.nio.file.Path;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Registrations, appointments and eligibility on the embedded H2 database, as the sandbox runs them. */
@CamelSpringBootTest
@SpringBootTest
class IntakeFlowH2Test extends IntakeFlowContractTest {

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Path root = GatewayTestEnvironment.register(registry, "intake-h2");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0");
        registry.add("claimbridge.eligibility.sandbox.roster-file", () -> ROSTER);
    }
}
