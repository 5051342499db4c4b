package org.claimbridge.intake.fhir;

import org.hl7.fhir.r4.model.Resource;

/**
 * One resource to create: the body of a create, or one Bundle entry.
 *
 * @param index zero-based Bundle entry index, or -1 for a create
 * @param fullUrl the entry's fullUrl, or null
 * @param path FHIRPath prefix of the resource's elements in issues: its type, or Bundle.entry[i].resource
 * @param ifNoneExist the conditional create query, or null
 * @param payload the bytes stored as the message payload: the body of a create, the entry as JSON
 */
record IntakeEntry(int index, String fullUrl, Resource resource, String path, String ifNoneExist, byte[] payload) {

    String type() {
        return resource.fhirType();
    }

    <T extends Resource> Resolved<T> resolved(T typed) {
        return new Resolved<>(typed, path, resource);
    }
}
