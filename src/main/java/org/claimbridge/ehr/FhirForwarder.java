package org.claimbridge.ehr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.claimbridge.config.ClaimBridgeProperties;
import org.springframework.stereotype.Component;

/**
 * The step of the fhir-ehr-forwarding route: PUTs the next due accepted FHIR resource as JSON to
 * {@code {claimbridge.ehr.fhir-base-url}/{type}/{logical id}} and records the outcome. Does nothing when the base
 * URL is empty. The HTTP exchange runs outside any transaction; only the outcome is recorded in one.
 */
@Component("fhirForwarder")
public class FhirForwarder {

    static final String CONTENT_TYPE = "application/fhir+json";

    private final FhirOutboxStore store;
    private final FhirForwardingOutcomes outcomes;
    private final ClaimBridgeProperties.Ehr settings;
    private final HttpClient http;

    FhirForwarder(FhirOutboxStore store, FhirForwardingOutcomes outcomes, ClaimBridgeProperties properties) {
        this.store = store;
        this.outcomes = outcomes;
        this.settings = properties.ehr();
        this.http = HttpClient.newBuilder().connectTimeout(settings.responseTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Forwards at most one due resource; returns whether one was due. */
    public boolean forwardNext() throws InterruptedException {
        if (!enabled()) {
            return false;
        }
        Optional<FhirOutboxEntry> next = store.findNextDue();
        if (next.isEmpty()) {
            return false;
        }
        FhirOutboxEntry entry = next.get();
        try {
            HttpResponse<Void> response = http.send(request(entry), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                outcomes.sent(entry, status);
            } else {
                outcomes.failed(entry, "the EHR answered HTTP " + status);
            }
        } catch (IOException | IllegalArgumentException e) {
            outcomes.failed(entry, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return true;
    }

    private boolean enabled() {
        return settings.fhirBaseUrl() != null && !settings.fhirBaseUrl().isBlank();
    }

    private HttpRequest request(FhirOutboxEntry entry) {
        String base = settings.fhirBaseUrl().endsWith("/") ? settings.fhirBaseUrl() : settings.fhirBaseUrl() + "/";
        return HttpRequest.newBuilder(URI.create(base + entry.type() + "/" + entry.logicalId()))
                .timeout(settings.responseTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(entry.json()))
                .build();
    }
}
