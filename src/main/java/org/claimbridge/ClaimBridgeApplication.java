package org.claimbridge;

import java.util.Arrays;

import org.claimbridge.cli.Hl7LoadCommand;
import org.claimbridge.cli.Hl7SendCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the gateway. {@code java -jar claimbridge.jar send FILE} instead sends HL7 v2 files to a
 * running gateway over MLLP, and {@code load} measures a running gateway's acknowledgement throughput.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimBridgeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("send")) {
            System.exit(Hl7SendCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("load")) {
            System.exit(Hl7LoadCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(ClaimBridgeApplication.class, args);
    }
}
