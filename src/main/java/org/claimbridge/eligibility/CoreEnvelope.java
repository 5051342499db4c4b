package org.claimbridge.eligibility;

/** Field names and values of the CAQH CORE Phase II connectivity envelope (CORE rule version 2.2.0). */
final class CoreEnvelope {

    static final String PROCESSING_MODE = "ProcessingMode";
    static final String PAYLOAD_TYPE = "PayloadType";
    static final String PAYLOAD_ID = "PayloadID";
    static final String TIME_STAMP = "TimeStamp";
    static final String SENDER_ID = "SenderID";
    static final String RECEIVER_ID = "ReceiverID";
    static final String CORE_RULE_VERSION = "CORERuleVersion";
    static final String PAYLOAD = "Payload";
    static final String ERROR_CODE = "ErrorCode";
    static final String ERROR_MESSAGE = "ErrorMessage";

    static final String REAL_TIME = "RealTime";
    static final String RULE_VERSION = "2.2.0";
    static final String REQUEST_270 = "X12_270_Request_005010X279A1";
    static final String RESPONSE_271 = "X12_271_Response_005010X279A1";
    /** PayloadType of a response that carries only ErrorCode and ErrorMessage. */
    static final String ENVELOPE_ERROR = "CoreEnvelopeError";
    /** ErrorCode of a response that carries a payload. */
    static final String SUCCESS = "Success";

    private CoreEnvelope() {
    }
}
