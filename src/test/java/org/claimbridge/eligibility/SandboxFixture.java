package org.claimbridge.eligibility;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Paths of the shipped sandbox files, and client settings that point to a running sandbox server. */
final class SandboxFixture {

    static final Path ROSTER = Path.of("sandbox/eligibility-roster.csv");
    static final Path KEY_STORE = Path.of("certs-sample/sandbox-tls.p12");
    static final Path KEY_STORE_PASSWORD = Path.of("certs-sample/sandbox-tls.password");
    static final Path CERTIFICATE = Path.of("certs-sample/sandbox-tls-cert.pem");

    private SandboxFixture() {
    }

    static SandboxEligibilityServer server(Path root) {
        return new SandboxEligibilityServer(root, ROSTER, KEY_STORE, KEY_STORE_PASSWORD, Clock.systemUTC());
    }

    static URI endpoint(int port) {
        return URI.create("https://127.0.0.1:" + port + SandboxEligibilityServer.PATH);
    }

    /** Returns settings that trust the sandbox certificate. */
    static EligibilityClientSettings settings(int port, Duration responseLimit) {
        return new EligibilityClientSettings(endpoint(port), EligibilityRequests.PARTIES,
                EligibilityRequests.TRACE_ORIGINATOR, "CLAIMBRIDGE", "SBXCLEARING", responseLimit, CERTIFICATE,
                null);
    }
}
