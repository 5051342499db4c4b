package org.claimbridge.intake.fhir;

/**
 * A FHIR request that passed authentication, the size limit and the Content-Type check.
 *
 * @param clientId the authenticated client; scopes idempotency keys and earlier resources
 * @param peer the remote address
 * @param body the body exactly as received
 * @param format the body's format
 * @param ifNoneExist the If-None-Exist header of a conditional create, or null
 */
record FhirRequest(String clientId, String peer, byte[] body, FhirFormat format, String ifNoneExist) {
}
