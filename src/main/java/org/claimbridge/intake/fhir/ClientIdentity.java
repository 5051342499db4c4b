package org.claimbridge.intake.fhir;

import jakarta.servlet.http.HttpServletRequest;

/** The authenticated client of a request, as the authentication filter recorded it. */
public final class ClientIdentity {

    /** Request attribute that holds the client id once the request is authenticated. */
    public static final String ATTRIBUTE = ClientIdentity.class.getName();

    private ClientIdentity() {
    }

    /** Returns the client id; the filter rejects unauthenticated requests before they reach the controller. */
    static String of(HttpServletRequest request) {
        Object client = request.getAttribute(ATTRIBUTE);
        if (client == null) {
            throw new IllegalStateException("Request reached the FHIR controller without an authenticated client");
        }
        return client.toString();
    }
}
