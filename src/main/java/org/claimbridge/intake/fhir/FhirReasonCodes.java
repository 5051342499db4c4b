package org.claimbridge.intake.fhir;

/**
 * Stable reason codes of FHIR intake issues, in OperationOutcome.issue.details.coding.code. Claim rule
 * violations use the codes of {@link org.claimbridge.claims.validation.ViolationCodes} instead.
 */
final class FhirReasonCodes {

    /** Coding system of the reason codes in OperationOutcome.issue.details. */
    static final String SYSTEM = "urn:claimbridge:fhir-reason";

    /** The body is not a FHIR R4 resource in the declared format. */
    static final String UNPARSEABLE = "UNPARSEABLE";
    /** An element is not part of the resource, or a value does not fit its data type. */
    static final String INVALID_ELEMENT = "INVALID_ELEMENT";
    /** The XML body has a document type declaration, which could define external entities. */
    static final String DTD_NOT_ALLOWED = "DTD_NOT_ALLOWED";
    /** The resource type is not one the gateway accepts at this URL. */
    static final String UNSUPPORTED_RESOURCE = "UNSUPPORTED_RESOURCE";
    /** The resource type in the body differs from the one in the URL. */
    static final String TYPE_MISMATCH = "TYPE_MISMATCH";
    /** The HTTP method or interaction is not supported. */
    static final String UNSUPPORTED_INTERACTION = "UNSUPPORTED_INTERACTION";
    /** The Content-Type is not a FHIR JSON or XML media type. */
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** The body is larger than the configured maximum. */
    static final String TOO_LARGE = "TOO_LARGE";
    /** The request has no valid credentials. */
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** The Bundle type is neither transaction nor batch, or an entry lacks its request. */
    static final String INVALID_BUNDLE = "INVALID_BUNDLE";
    /** A reference does not point to a resource the gateway can read. */
    static final String UNRESOLVED_REFERENCE = "UNRESOLVED_REFERENCE";
    /** A code is not from the code system the 837P or the 270 needs. */
    static final String UNSUPPORTED_CODE = "UNSUPPORTED_CODE";
    /** An element the gateway needs is missing. */
    static final String REQUIRED = "REQUIRED";
    /** The eligibility exchange with the payer failed or timed out. */
    static final String ELIGIBILITY_FAILED = "ELIGIBILITY_FAILED";
    /** The gateway failed while processing the request. */
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private FhirReasonCodes() {
    }
}
