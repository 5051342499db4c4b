package org.claimbridge.intake.fhir.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimbridge.intake.fhir.ClientIdentity;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests under /fhir/r4 by, in this order, an API key in X-API-Key, a bearer access token
 * from the token endpoint, or a registered client certificate of a mutual TLS connection. The
 * CapabilityStatement, the SMART configuration and the token endpoint are open. Other requests without valid
 * credentials get 401 with an OperationOutcome; a token whose scopes do not allow the create gets 403.
 */
final class FhirAuthenticationFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BASE = "/fhir/r4";
    private static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private static final Logger LOG = LoggerFactory.getLogger(FhirAuthenticationFilter.class);

    private final byte[] apiKey;
    private final String apiKeyClientId;
    private final AccessTokens tokens;
    /** Lower-case hex SHA-256 of a DER certificate to its client id. */
    private final Map<String, String> certificateClients;
    private final FhirContext context;

    FhirAuthenticationFilter(String apiKey, String apiKeyClientId, AccessTokens tokens,
            Map<String, String> certificateClients, FhirContext context) {
        this.apiKey = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
        this.apiKeyClientId = apiKeyClientId;
        this.tokens = tokens;
        this.certificateClients = certificateClients;
        this.context = context;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.equals(BASE) && !path.startsWith(BASE + "/")) {
            return true;
        }
        return path.equals(BASE + "/metadata") || path.equals(TokenEndpoint.PATH)
                || path.equals(TokenEndpoint.SMART_CONFIGURATION);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presentedKey = request.getHeader(API_KEY_HEADER);
        if (presentedKey != null) {
            if (apiKey != null && MessageDigest.isEqual(apiKey, presentedKey.trim().getBytes(StandardCharsets.UTF_8))) {
                proceed(request, response, chain, apiKeyClientId);
            } else {
                deny(request, response, 401, IssueType.LOGIN, "The X-API-Key header does not hold a valid API key");
            }
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            AccessTokens.Verified token = tokens.verify(authorization.substring(7).trim());
            if (token == null) {
                deny(request, response, 401, IssueType.LOGIN, "The bearer token is invalid or expired; get a new one"
                        + " from " + TokenEndpoint.PATH);
            } else if (!Scopes.allowsCreate(token.scope(), resourceType(request))) {
                deny(request, response, 403, IssueType.FORBIDDEN, "The access token's scopes (" + token.scope()
                        + ") do not allow creating " + resourceType(request) + "; request system/*.write");
            } else {
                proceed(request, response, chain, token.clientId());
            }
            return;
        }
        String certificateClient = certificateClient(request);
        if (certificateClient != null) {
            proceed(request, response, chain, certificateClient);
            return;
        }
        deny(request, response, 401, IssueType.LOGIN, "Authentication is required: send an API key in X-API-Key, an"
                + " access token from " + TokenEndpoint.PATH + " as Authorization: Bearer, or a registered client"
                + " certificate over mutual TLS");
    }

    private static void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String clientId) throws IOException, ServletException {
        request.setAttribute(ClientIdentity.ATTRIBUTE, clientId);
        chain.doFilter(request, response);
    }

    /** Returns the client of a registered certificate, or null. */
    private String certificateClient(HttpServletRequest request) {
        if (!(request.getAttribute(CERTIFICATE_ATTRIBUTE) instanceof X509Certificate[] chain) || chain.length == 0) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
            return certificateClients.get(HexFormat.of().formatHex(digest));
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            LOG.warn("Client certificate of {} could not be read: {}", request.getRemoteAddr(), e.getClass().getName());
            return null;
        }
    }

    /** Returns the resource type of POST /fhir/r4/{type}, or * for a Bundle to the base. */
    private static String resourceType(HttpServletRequest request) {
        String path = request.getRequestURI().substring(BASE.length());
        String type = path.startsWith("/") ? path.substring(1) : path;
        return type.isEmpty() ? "*" : type.split("/")[0];
    }

    private void deny(HttpServletRequest request, HttpServletResponse response, int status, IssueType type,
            String diagnostics) throws IOException {
        LOG.info("FHIR request {} {} from {} denied with HTTP {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), status);
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        boolean xml = request.getHeader("Accept") != null
                && request.getHeader("Accept").toLowerCase(Locale.ROOT).contains("xml");
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType((xml ? "application/fhir+xml" : "application/fhir+json") + ";charset=UTF-8");
        String body = xml ? context.newXmlParser().encodeResourceToString(outcome)
                : context.newJsonParser().encodeResourceToString(outcome);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
