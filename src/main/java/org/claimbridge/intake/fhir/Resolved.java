package org.claimbridge.intake.fhir;

import org.hl7.fhir.r4.model.Resource;

/**
 * A resource found for a reference, with the FHIRPath at which its elements are reported.
 *
 * @param path where the resource sits in the request, for example Claim.contained[1] or
 *     Bundle.entry[2].resource, or its type for a resource accepted earlier
 * @param root the top-level resource whose contained resources "#id" references point to
 */
record Resolved<T extends Resource>(T resource, String path, Resource root) {

    /** Returns the path of an element of the resource, for example Coverage.subscriberId. */
    String at(String element) {
        return path + "." + element;
    }
}
