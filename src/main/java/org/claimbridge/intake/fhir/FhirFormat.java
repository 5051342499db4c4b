package org.claimbridge.intake.fhir;

import java.util.Locale;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/** The two FHIR R4 wire formats the gateway reads and writes. */
enum FhirFormat {
    JSON("application/fhir+json"),
    XML("application/fhir+xml");

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** Returns the FHIR media type with its charset, for the Content-Type of responses. */
    String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    IParser newParser(FhirContext context) {
        return this == JSON ? context.newJsonParser() : context.newXmlParser();
    }

    /**
     * Returns the format of a request Content-Type: application/fhir+json or application/json for JSON,
     * application/fhir+xml, application/xml or text/xml for XML, with any parameters. Returns null for
     * a missing or other type, which gets HTTP 415.
     */
    static FhirFormat ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = baseType(contentType);
        return switch (type) {
            case "application/fhir+json", "application/json", "application/json+fhir" -> JSON;
            case "application/fhir+xml", "application/xml", "text/xml", "application/xml+fhir" -> XML;
            default -> null;
        };
    }

    /**
     * Chooses the response format: the _format parameter first, then the Accept header, then the request's
     * format, then JSON. Unknown values are ignored rather than rejected.
     */
    static FhirFormat forResponse(String formatParameter, String accept, FhirFormat requestFormat) {
        FhirFormat chosen = ofFormatParameter(formatParameter);
        if (chosen == null && accept != null) {
            for (String range : accept.split(",")) {
                chosen = ofContentType(range);
                if (chosen != null) {
                    break;
                }
            }
        }
        if (chosen == null) {
            chosen = requestFormat;
        }
        return chosen == null ? JSON : chosen;
    }

    private static FhirFormat ofFormatParameter(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> ofContentType(value);
        };
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
