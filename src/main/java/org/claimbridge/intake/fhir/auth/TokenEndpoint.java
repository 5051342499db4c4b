package org.claimbridge.intake.fhir.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth2 token endpoint of SMART Backend Services (client credentials grant, RFC 6749 section 4.4, with a
 * private_key_jwt client assertion, RFC 7523), and the SMART configuration document that announces it.
 */
@RestController
class TokenEndpoint {

    static final String PATH = "/fhir/r4/auth/token";
    static final String SMART_CONFIGURATION = "/fhir/r4/.well-known/smart-configuration";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);

    private final ClientAssertions assertions;
    private final AccessTokens tokens;

    TokenEndpoint(ClientAssertions assertions, AccessTokens tokens) {
        this.assertions = assertions;
        this.tokens = tokens;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(HttpServletRequest request,
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(name = "client_assertion_type", required = false) String assertionType,
            @RequestParam(name = "client_assertion", required = false) String assertion,
            @RequestParam(name = "scope", required = false) String scope) {
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!ASSERTION_TYPE.equals(assertionType) || assertion == null) {
            return error(400, "invalid_request", "send client_assertion_type " + ASSERTION_TYPE
                    + " and a client_assertion JWT");
        }
        ClientAssertions.Client client;
        try {
            client = assertions.verify(assertion, request.getRequestURL().toString());
        } catch (ClientAssertions.InvalidAssertion e) {
            LOG.info("Token request from {} rejected: {}", request.getRemoteAddr(), e.getMessage());
            return error(401, "invalid_client", e.getMessage());
        }
        String granted = Scopes.narrow(scope, client.scope());
        if (granted.isEmpty()) {
            return error(400, "invalid_scope", "none of the requested scopes is granted to this client; granted: "
                    + client.scope());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issue(client.clientId(), granted));
        body.put("token_type", "bearer");
        body.put("expires_in", tokens.lifetime().toSeconds());
        body.put("scope", granted);
        LOG.info("Access token issued to client {}", client.clientId());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping(path = SMART_CONFIGURATION, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> smartConfiguration(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_endpoint", url.substring(0, url.indexOf(SMART_CONFIGURATION)) + PATH);
        body.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        body.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
        body.put("grant_types_supported", List.of("client_credentials"));
        body.put("scopes_supported", List.of("system/*.write", "system/*.c"));
        body.put("capabilities", List.of("client-confidential-asymmetric"));
        return body;
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String code, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_description", description);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }
}
