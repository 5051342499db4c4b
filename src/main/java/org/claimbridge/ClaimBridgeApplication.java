package org.claimbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimBridgeApplication.class, args);
    }
}
