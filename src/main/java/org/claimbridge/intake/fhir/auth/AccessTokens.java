package org.claimbridge.intake.fhir.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Issues and checks the gateway's access tokens: JWTs signed with ES256 by a key made at startup. Tokens end
 * with the process, so after a restart clients must get new ones. Thread-safe.
 */
final class AccessTokens {

    /** iss and aud of the tokens. */
    static final String ISSUER = "claimbridge";
    static final String AUDIENCE = "claimbridge-fhir";

    /** A token that passed the checks. */
    record Verified(String clientId, String scope) {
    }

    private final ECKey key;
    private final Clock clock;
    private final Duration lifetime;

    AccessTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        try {
            this.key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Generating the access token signing key failed", e);
        }
    }

    Duration lifetime() {
        return lifetime;
    }

    String issue(String clientId, String scope) {
        Date now = Date.from(clock.instant());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(clientId)
                .issueTime(now).expirationTime(Date.from(clock.instant().plus(lifetime)))
                .jwtID(UUID.randomUUID().toString()).claim("scope", scope).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing an access token failed", e);
        }
        return jwt.serialize();
    }

    /** Returns the client of a valid, unexpired token of this gateway, or null. */
    Verified verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new ECDSAVerifier(key.toPublicJWK()))) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            boolean valid = ISSUER.equals(claims.getIssuer()) && claims.getAudience().contains(AUDIENCE)
                    && expiry != null && expiry.toInstant().isAfter(clock.instant()) && claims.getSubject() != null;
            return valid ? new Verified(claims.getSubject(), claims.getStringClaim("scope")) : null;
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }
}
