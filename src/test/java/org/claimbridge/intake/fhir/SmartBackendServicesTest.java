package org.claimbridge.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

/** OAuth2 client credentials with a signed client assertion, then bearer tokens on FHIR requests. */
class SmartBackendServicesTest extends FhirGatewayTest {

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    @Test
    void bearerTokenAuthenticatesCreate() throws Exception {
        String token = accessToken(assertion(CLIENT_KEY, tokenUrl(), UUID.randomUUID().toString()), null);

        HttpResponse<String> response = postJson("/Patient", encode(FhirSamples.patient("J" + unique())),
                "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT client_id FROM fhir_resource WHERE logical_id = ?", String.class,
                FhirPipelineTest.logicalId(response))).isEqualTo(CLIENT_ID);
    }

    @Test
    void assertionForOtherAudienceIsRejected() throws Exception {
        HttpResponse<String> response = requestToken(assertion(CLIENT_KEY, "https://elsewhere.invalid/token",
                UUID.randomUUID().toString()), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(field(response, "error")).isEqualTo("invalid_client");
    }

    @Test
    void assertionSignedByUnregisteredKeyIsRejected() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_384).keyID("test-key-1").generate();

        HttpResponse<String> response = requestToken(assertion(stranger, tokenUrl(), UUID.randomUUID().toString()),
                null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void replayedAssertionIsRejected() throws Exception {
        String assertion = assertion(CLIENT_KEY, tokenUrl(), UUID.randomUUID().toString());
        requestToken(assertion, null);

        HttpResponse<String> second = requestToken(assertion, null);

        assertThat(second.statusCode()).isEqualTo(401);
        assertThat(field(second, "error_description")).contains("jti");
    }

    @Test
    void tamperedTokenGets401() throws Exception {
        String token = accessToken(assertion(CLIENT_KEY, tokenUrl(), UUID.randomUUID().toString()), null);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        HttpResponse<String> response = postJson("/Patient", encode(FhirSamples.patient("J" + unique())),
                "Authorization", "Bearer " + tampered);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void narrowScopeForbidsOtherTypes() throws Exception {
        String token = accessToken(assertion(CLIENT_KEY, tokenUrl(), UUID.randomUUID().toString()),
                "system/Patient.c");

        HttpResponse<String> coverage = postJson("/Coverage", "{}", "Authorization", "Bearer " + token);
        HttpResponse<String> patient = postJson("/Patient", encode(FhirSamples.patient("J" + unique())),
                "Authorization", "Bearer " + token);

        assertThat(coverage.statusCode()).isEqualTo(403);
        assertThat(patient.statusCode()).isEqualTo(201);
    }

    @Test
    void smartConfigurationNamesTokenEndpoint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base()
                + "/.well-known/smart-configuration")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(field(response, "token_endpoint")).isEqualTo(tokenUrl());
    }

    private String tokenUrl() {
        return base() + "/auth/token";
    }

    private String accessToken(String assertion, String scope) throws Exception {
        HttpResponse<String> response = requestToken(assertion, scope);
        assertThat(response.statusCode()).isEqualTo(200);
        return field(response, "access_token");
    }

    private HttpResponse<String> requestToken(String assertion, String scope) throws Exception {
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        StandardCharsets.UTF_8)
                + "&client_assertion=" + assertion
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String assertion(ECKey key, String audience, String jti) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT_ID).subject(CLIENT_ID).audience(audience)
                .expirationTime(Date.from(now.plusSeconds(240))).jwtID(jti).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static String field(HttpResponse<String> response, String name) throws Exception {
        JsonNode node = JSON_MAPPER.readTree(response.body()).get(name);
        return node == null ? null : node.asText();
    }
}
