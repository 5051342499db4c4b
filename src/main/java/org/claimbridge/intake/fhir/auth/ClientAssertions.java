package org.claimbridge.intake.fhir.auth;

import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.claimbridge.config.ClaimBridgeProperties;

/**
 * Checks SMART Backend Services client assertions (RFC 7523 private_key_jwt). An assertion is a JWT signed
 * with one of the client's registered keys. Its iss and sub are the client_id and its aud is the token endpoint
 * URL. It expires within 5 minutes, and its jti was not used before. Thread-safe.
 */
final class ClientAssertions {

    /** SMART Backend Services caps an assertion's lifetime at 5 minutes. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384,
            JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.RS512, JWSAlgorithm.ES512, JWSAlgorithm.PS384);

    /** A registered client and its keys. */
    record Client(String clientId, JWKSet keys, String scope) {
    }

    /** Thrown for an assertion that fails a check. The message names the check, for the OAuth error_description. */
    static final class InvalidAssertion extends Exception {
        InvalidAssertion(String message) {
            super(message);
        }
    }

    private final Map<String, Client> clients = new HashMap<>();
    private final Map<String, Instant> usedIds = new ConcurrentHashMap<>();
    private final Clock clock;

    ClientAssertions(java.util.List<ClaimBridgeProperties.FhirClient> registered, Clock clock) {
        this.clock = clock;
        for (ClaimBridgeProperties.FhirClient client : registered) {
            try {
                clients.put(client.clientId(), new Client(client.clientId(), JWKSet.load(client.jwksFile().toFile()),
                        client.scope() == null ? "system/*.write" : client.scope()));
            } catch (IOException | ParseException e) {
                throw new IllegalStateException("Reading the JWK Set " + client.jwksFile() + " of FHIR client "
                        + client.clientId() + " failed; check claimbridge.fhir.clients", e);
            }
        }
    }

    /** Returns the client whose assertion passed every check. */
    Client verify(String assertion, String tokenEndpoint) throws InvalidAssertion {
        SignedJWT jwt;
        JWTClaimsSet unverified;
        try {
            jwt = SignedJWT.parse(assertion);
            unverified = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidAssertion("client_assertion is not a signed JWT");
        }
        Client client = unverified.getIssuer() == null ? null : clients.get(unverified.getIssuer());
        if (client == null) {
            throw new InvalidAssertion("client_assertion iss is not a registered client_id");
        }
        JWTClaimsSet claims = process(jwt, client);

        if (!client.clientId().equals(claims.getSubject())) {
            throw new InvalidAssertion("client_assertion sub must equal iss, the client_id");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenEndpoint)) {
            throw new InvalidAssertion("client_assertion aud must be the token endpoint URL " + tokenEndpoint);
        }

        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(now)) {
            throw new InvalidAssertion("client_assertion exp is missing or in the past");
        }
        if (expiry.toInstant().isAfter(now.plus(MAX_LIFETIME).plusSeconds(60))) {
            throw new InvalidAssertion("client_assertion exp must be at most 5 minutes ahead");
        }

        String jti = claims.getJWTID();
        if (jti == null) {
            throw new InvalidAssertion("client_assertion jti is required");
        }
        usedIds.values().removeIf(expires -> expires.isBefore(now));
        if (usedIds.putIfAbsent(client.clientId() + " " + jti, expiry.toInstant()) != null) {
            throw new InvalidAssertion("client_assertion jti was already used; make a new assertion per request");
        }
        return client;
    }

    private static JWTClaimsSet process(SignedJWT jwt, Client client) throws InvalidAssertion {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(client.keys())));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        try {
            return processor.process(jwt, null);
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidAssertion("client_assertion signature does not verify with the client's registered"
                    + " keys (algorithms RS384, ES384, RS256, ES256, RS512, ES512, PS384)");
        }
    }
}
