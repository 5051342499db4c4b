package org.claimbridge.intake.fhir.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of FHIR authentication, from claimbridge.fhir. */
@Configuration(proxyBeanMethods = false)
class FhirAuthConfiguration {

    @Bean
    AccessTokens fhirAccessTokens(ClaimBridgeProperties properties, Clock clock) {
        Duration lifetime = fhir(properties).accessTokenLifetime();
        return new AccessTokens(clock, lifetime == null ? Duration.ofMinutes(5) : lifetime);
    }

    @Bean
    ClientAssertions fhirClientAssertions(ClaimBridgeProperties properties, Clock clock) {
        List<ClaimBridgeProperties.FhirClient> clients = fhir(properties).clients();
        return new ClientAssertions(clients == null ? List.of() : clients, clock);
    }

    @Bean
    FilterRegistrationBean<FhirAuthenticationFilter> fhirAuthenticationFilter(ClaimBridgeProperties properties,
            AccessTokens tokens, FhirContext context) {
        ClaimBridgeProperties.Fhir fhir = fhir(properties);
        FhirAuthenticationFilter filter = new FhirAuthenticationFilter(apiKey(fhir.apiKeyFile()),
                fhir.apiKeyClientId() == null ? "api-key" : fhir.apiKeyClientId(), tokens, certificateClients(fhir),
                context);
        FilterRegistrationBean<FhirAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/fhir/r4", "/fhir/r4/*");
        return registration;
    }

    private static ClaimBridgeProperties.Fhir fhir(ClaimBridgeProperties properties) {
        ClaimBridgeProperties.Fhir fhir = properties.fhir();
        return fhir != null ? fhir : new ClaimBridgeProperties.Fhir(null, null, null, List.of(), null, List.of());
    }

    /** Returns the first line of the key file, or null when no file is configured, which turns API keys off. */
    private static String apiKey(Path file) {
        if (file == null || file.toString().isEmpty()) {
            return null;
        }
        try {
            String key = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            if (key.length() < 16) {
                throw new IllegalStateException("The API key in " + file + " has " + key.length() + " characters;"
                        + " use at least 16 random characters, for example: head -c 32 /dev/urandom | base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the API key file " + file + " failed; set"
                    + " claimbridge.fhir.api-key-file to an existing file, or to empty to turn API keys off", e);
        }
    }

    private static Map<String, String> certificateClients(ClaimBridgeProperties.Fhir fhir) {
        Map<String, String> clients = new HashMap<>();
        if (fhir.certificateClients() != null) {
            for (ClaimBridgeProperties.FhirCertificateClient client : fhir.certificateClients()) {
                clients.put(client.sha256Fingerprint().replace(":", "").toLowerCase(Locale.ROOT), client.clientId());
            }
        }
        return clients;
    }
}
