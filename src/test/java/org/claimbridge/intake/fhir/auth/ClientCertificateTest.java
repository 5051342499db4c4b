package org.claimbridge.intake.fhir.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.intake.fhir.ClientIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The mutual TLS option of the authentication filter: the servlet container puts the verified client
 * certificate chain into a request attribute, and the filter accepts registered certificates only.
 */
class ClientCertificateTest {

    private final X509Certificate certificate = certificate();
    private final FhirAuthenticationFilter filter = new FhirAuthenticationFilter(null, "api-key",
            new AccessTokens(Clock.systemUTC(), Duration.ofMinutes(5)), Map.of(fingerprint(certificate), "clinic-a"),
            FhirContext.forR4Cached());

    @Test
    void registeredCertificateIsTheClient() throws Exception {
        MockHttpServletRequest request = request(certificate);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(request.getAttribute(ClientIdentity.ATTRIBUTE)).isEqualTo("clinic-a");
    }

    @Test
    void requestWithoutCertificateGets401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request(null), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("OperationOutcome");
    }

    @Test
    void unregisteredCertificateGets401() throws Exception {
        FhirAuthenticationFilter other = new FhirAuthenticationFilter(null, "api-key",
                new AccessTokens(Clock.systemUTC(), Duration.ofMinutes(5)), Map.of("00", "clinic-b"),
                FhirContext.forR4Cached());
        MockHttpServletResponse response = new MockHttpServletResponse();

        other.doFilter(request(certificate), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(401);
    }

    private static MockHttpServletRequest request(X509Certificate certificate) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/fhir/r4/Patient");
        if (certificate != null) {
            request.setAttribute("jakarta.servlet.request.X509Certificate", new X509Certificate[] {certificate});
        }
        return request;
    }

    private static X509Certificate certificate() {
        try (InputStream in = Files.newInputStream(Path.of("certs-sample/sandbox-tls-cert.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
