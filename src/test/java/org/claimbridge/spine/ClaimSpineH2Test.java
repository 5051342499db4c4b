package org.claimbridge.spine;

import java.nio.file.Path;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The claim spine on the embedded H2 database, as the sandbox runs it. */
@CamelSpringBootTest
@SpringBootTest
class ClaimSpineH2Test extends ClaimSpineContractTest {

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Path root = GatewayTestEnvironment.register(registry, "h2");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0");
    }
}
