package org.claimbridge.ehr;

/**
 * An accepted FHIR resource due to be forwarded to the EHR.
 *
 * @param id the fhir_resource row id
 * @param messageId the inbound message that carried it
 * @param controlId the inbound message's control id (its idempotency key digest), for the audit rows
 * @param type the FHIR resource type, for example Patient
 * @param logicalId the logical id the gateway assigned
 * @param json the resource as stored, decrypted
 * @param attempts the attempts made before this one
 */
record FhirOutboxEntry(long id, long messageId, String controlId, String type, String logicalId, byte[] json,
        int attempts) {
}
