package org.claimbridge.spine;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The claim spine on PostgreSQL, the production database. Runs when CLAIMBRIDGE_TEST_POSTGRES_URL,
 * _USER and _PASSWORD point to a database (.ci/run creates one). Each run migrates its own new schema, so
 * runs of branches with other migrations can share the database.
 */
@CamelSpringBootTest
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "CLAIMBRIDGE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ClaimSpinePostgresTest extends ClaimSpineContractTest {

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayTestEnvironment.register(registry, "postgres");
        GatewayTestEnvironment.usePostgres(registry, "spine");
    }
}
