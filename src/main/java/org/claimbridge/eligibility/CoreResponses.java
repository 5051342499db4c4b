package org.claimbridge.eligibility;

import java.net.http.HttpResponse;
import java.util.Map;

import org.claimbridge.eligibility.EligibilityResult.Failure;

/** Turns the HTTP response to a CORE real-time 270 into an {@link EligibilityResult}. */
final class CoreResponses {

    private CoreResponses() {
    }

    static EligibilityResult read(HttpResponse<byte[]> response, Eligibility271Reader reader) {
        Map<String, String> fields;
        try {
            fields = CoreMultipart.decode(response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IllegalArgumentException e) {
            if (response.statusCode() != 200) {
                return EligibilityResult.error(Failure.HTTP_STATUS, "The CORE endpoint responded with HTTP "
                        + response.statusCode() + " without a CORE envelope; check the endpoint URL");
            }
            return EligibilityResult.error(Failure.INVALID_RESPONSE, "The CORE endpoint's response is not a"
                    + " CORE multipart envelope: " + e.getMessage());
        }

        String errorCode = fields.get(CoreEnvelope.ERROR_CODE);
        if (errorCode != null && !errorCode.equals(CoreEnvelope.SUCCESS)
                || CoreEnvelope.ENVELOPE_ERROR.equals(fields.get(CoreEnvelope.PAYLOAD_TYPE))) {
            return EligibilityResult.error(Failure.CORE_ERROR, "The CORE endpoint rejected the envelope (HTTP "
                    + response.statusCode() + "): ErrorCode " + errorCode + ", ErrorMessage "
                    + fields.get(CoreEnvelope.ERROR_MESSAGE));
        }
        if (response.statusCode() != 200) {
            return EligibilityResult.error(Failure.HTTP_STATUS, "The CORE endpoint responded with HTTP "
                    + response.statusCode() + "; expected 200 with a 271");
        }
        String payloadType = fields.get(CoreEnvelope.PAYLOAD_TYPE);
        if (!CoreEnvelope.RESPONSE_271.equals(payloadType)) {
            return EligibilityResult.error(Failure.INVALID_RESPONSE, "The CORE response's PayloadType is '"
                    + payloadType + "' but must be " + CoreEnvelope.RESPONSE_271);
        }
        return reader.read(fields.get(CoreEnvelope.PAYLOAD));
    }
}
