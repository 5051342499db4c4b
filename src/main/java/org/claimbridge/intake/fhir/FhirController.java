package org.claimbridge.intake.fhir;

import java.io.IOException;
import java.io.InputStream;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR R4 HTTP endpoints under /fhir/r4. This class only does HTTP: the body size limit (413), the
 * Content-Type (415), the response format and encoding. {@link FhirIntake} decides and stores.
 */
@RestController
@RequestMapping(FhirController.BASE)
class FhirController {

    static final String BASE = "/fhir/r4";

    private static final Logger LOG = LoggerFactory.getLogger(FhirController.class);

    private final FhirContext context;
    private final FhirIntake intake;
    private final CapabilityStatements capabilities;
    private final long maxRequestBytes;

    FhirController(FhirContext context, FhirIntake intake, CapabilityStatements capabilities,
            FhirSettings settings) {
        this.context = context;
        this.intake = intake;
        this.capabilities = capabilities;
        this.maxRequestBytes = settings.maxRequestBytes();
    }

    @GetMapping("/metadata")
    ResponseEntity<byte[]> metadata(HttpServletRequest request) {
        return respond(request, null, FhirReply.of(200, capabilities.statement()));
    }

    @PostMapping
    ResponseEntity<byte[]> bundle(HttpServletRequest request) throws IOException {
        return handle(request, null);
    }

    @PostMapping("/{type}")
    ResponseEntity<byte[]> create(HttpServletRequest request, @PathVariable("type") String type) throws IOException {
        return handle(request, type);
    }

    /** Returns an OperationOutcome, not an HTML error page, for every other method and path under the base. */
    @RequestMapping("/**")
    ResponseEntity<byte[]> unsupported(HttpServletRequest request) {
        FhirIssue issue = new FhirIssue(FhirReasonCodes.UNSUPPORTED_INTERACTION, IssueType.NOTSUPPORTED, null,
                request.getMethod() + " " + request.getRequestURI() + " is not supported; GET " + BASE
                        + "/metadata lists the supported interactions");
        int status = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod()) ? 404 : 405;
        return respond(request, null, FhirReply.of(status, OperationOutcomes.error(issue)));
    }

    private ResponseEntity<byte[]> handle(HttpServletRequest request, String type) throws IOException {
        FhirFormat format = FhirFormat.ofContentType(request.getContentType());
        if (format == null) {
            return respond(request, null, FhirReply.of(415, OperationOutcomes.error(new FhirIssue(
                    FhirReasonCodes.UNSUPPORTED_MEDIA_TYPE, IssueType.NOTSUPPORTED, null, "Content-Type "
                            + (request.getContentType() == null ? "is missing" : request.getContentType()
                                    + " is not supported")
                            + "; send application/fhir+json or application/fhir+xml"))));
        }
        byte[] body = readLimited(request);
        if (body == null) {
            return respond(request, format, tooLarge());
        }
        FhirRequest fhirRequest = new FhirRequest(ClientIdentity.of(request), request.getRemoteAddr() + ":"
                + request.getRemotePort(), body, format, request.getHeader("If-None-Exist"));
        FhirReply reply;
        try {
            reply = type == null ? intake.bundle(fhirRequest) : intake.create(fhirRequest, type);
        } catch (RuntimeException e) {
            LOG.error("FHIR request from client {} failed: {} at {}", fhirRequest.clientId(), e.getClass().getName(),
                    gatewayFrame(e));
            reply = FhirReply.of(500, OperationOutcomes.error(new FhirIssue(FhirReasonCodes.INTERNAL_ERROR,
                    IssueType.EXCEPTION, null, "The gateway failed while processing the request and stored"
                            + " nothing that was not acknowledged; send it again, and report the time if this"
                            + " persists")));
        }
        return respond(request, format, reply);
    }

    /** Returns the innermost stack frame in gateway code; exception messages can quote the body, so they are not logged. */
    private static Object gatewayFrame(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.claimbridge.")) {
                return frame;
            }
        }
        return e.getStackTrace().length == 0 ? "unknown place" : e.getStackTrace()[0];
    }

    /** Reads the body, or returns null when it exceeds the limit; Content-Length is checked before reading. */
    private byte[] readLimited(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxRequestBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
            return body.length > maxRequestBytes ? null : body;
        }
    }

    private FhirReply tooLarge() {
        return FhirReply.of(413, OperationOutcomes.error(new FhirIssue(FhirReasonCodes.TOO_LARGE,
                IssueType.TOOCOSTLY, null, "The body is larger than the limit of " + maxRequestBytes
                        + " bytes (claimbridge.fhir.max-request-size); split the Bundle into smaller ones")));
    }

    private ResponseEntity<byte[]> respond(HttpServletRequest request, FhirFormat requestFormat, FhirReply reply) {
        FhirFormat format = FhirFormat.forResponse(request.getParameter("_format"), request.getHeader("Accept"),
                requestFormat);
        byte[] body = format.newParser(context).setPrettyPrint(false).encodeResourceToString(reply.body())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(reply.status())
                .header(HttpHeaders.CONTENT_TYPE, format.contentType());
        if (reply.location() != null) {
            String base = request.getRequestURL().toString();
            base = base.substring(0, base.indexOf(BASE) + BASE.length());
            builder.header(HttpHeaders.LOCATION, base + "/" + reply.location());
            builder.header(HttpHeaders.ETAG, "W/\"1\"");
        }
        return builder.body(body);
    }
}
