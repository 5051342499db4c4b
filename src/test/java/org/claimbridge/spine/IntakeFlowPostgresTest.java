package org.claimbridge.spine;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Registrations, appointments and eligibility on PostgreSQL. Runs when CLAIMBRIDGE_TEST_POSTGRES_URL, _USER and
 * _PASSWORD point to a database; each run migrates its own new schema.
 */
@CamelSpringBootTest
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "CLAIMBRIDGE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class IntakeFlowPostgresTest extends IntakeFlowContractTest {

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayTestEnvironment.register(registry, "intake-postgres");
        GatewayTestEnvironment.usePostgres(registry, "intake");
        registry.add("claimbridge.eligibility.sandbox.roster-file", () -> ROSTER);
    }
}
