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
        registry.add("spring.datasource.url", () -> System.getenv("CLAIMBRIDGE_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv("CLAIMBRIDGE_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("CLAIMBRIDGE_TEST_POSTGRES_PASSWORD"));
        String schema = "spine_" + Long.toHexString(System.nanoTime());
        registry.add("spring.datasource.hikari.schema", () -> schema);
        registry.add("spring.flyway.schemas", () -> schema);
    }
}
