package org.claimbridge.eligibility;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes and decodes the multipart/form-data body of the CAQH CORE Phase II HTTP MIME envelope: one form
 * field per part, named by its Content-Disposition, with the X12 payload as the Payload field. Bytes map to
 * characters one to one (ISO-8859-1), so an X12 payload passes unchanged.
 */
final class CoreMultipart {

    static final String MEDIA_TYPE = "multipart/form-data";

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern FIELD_NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final String CRLF = "\r\n";

    private CoreMultipart() {
    }

    /** Returns a new boundary that cannot occur in an X12 payload, which has no lower-case letters after ISA. */
    static String newBoundary() {
        return "core-" + UUID.randomUUID();
    }

    /** Returns the Content-Type header value for a body with this boundary. */
    static String contentType(String boundary) {
        return MEDIA_TYPE + "; boundary=" + boundary;
    }

    /** Encodes the fields, in map order, as a multipart/form-data body. */
    static byte[] encode(String boundary, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"").append(name).append('"').append(CRLF)
                .append(CRLF)
                .append(value).append(CRLF));
        body.append("--").append(boundary).append("--").append(CRLF);
        return body.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes a multipart/form-data body into its fields, the first part of each name winning. Accepts CRLF or
     * LF line endings.
     *
     * @throws IllegalArgumentException when the content type is not multipart/form-data with a boundary, or the
     *     body has no part with that boundary
     */
    static Map<String, String> decode(String contentType, byte[] bytes) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE)) {
            throw new IllegalArgumentException("Content-Type is '" + contentType + "' but a CORE envelope must be "
                    + MEDIA_TYPE);
        }
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("Content-Type has no boundary parameter; send " + MEDIA_TYPE
                    + "; boundary=...");
        }
        String boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(3);
        return parts(new String(bytes, StandardCharsets.ISO_8859_1), "--" + boundary);
    }

    private static Map<String, String> parts(String body, String delimiter) {
        Map<String, String> fields = new LinkedHashMap<>();
        int at = body.indexOf(delimiter);
        if (at < 0) {
            throw new IllegalArgumentException("The body has no part delimited by the Content-Type boundary");
        }
        while (at >= 0) {
            int afterDelimiter = at + delimiter.length();
            if (body.startsWith("--", afterDelimiter)) {
                break;
            }
            int headersStart = skipLineEnd(body, afterDelimiter);
            int next = body.indexOf(delimiter, headersStart);
            int partEnd = next < 0 ? body.length() : next;
            addPart(fields, body.substring(headersStart, partEnd));
            at = next;
        }
        return fields;
    }

    private static void addPart(Map<String, String> fields, String part) {
        int blankLine = part.indexOf(CRLF + CRLF);
        int contentStart = blankLine + 4;
        if (blankLine < 0) {
            blankLine = part.indexOf("\n\n");
            contentStart = blankLine + 2;
        }
        if (blankLine < 0) {
            return;
        }
        String name = fieldName(part.substring(0, blankLine));
        if (name != null) {
            fields.putIfAbsent(name, stripLineEnd(part.substring(contentStart)));
        }
    }

    private static String fieldName(String headers) {
        for (String header : headers.split("\r?\n")) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                Matcher name = FIELD_NAME.matcher(header.substring(colon + 1));
                return name.find() ? name.group(1) : null;
            }
        }
        return null;
    }

    private static int skipLineEnd(String body, int index) {
        if (body.startsWith(CRLF, index)) {
            return index + 2;
        }
        return body.startsWith("\n", index) ? index + 1 : index;
    }

    /** Removes the line end that belongs to the delimiter after the content. */
    private static String stripLineEnd(String content) {
        if (content.endsWith(CRLF)) {
            return content.substring(0, content.length() - 2);
        }
        return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }
}
