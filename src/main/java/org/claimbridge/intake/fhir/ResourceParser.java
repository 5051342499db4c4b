package org.claimbridge.intake.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Parses request bodies with HAPI FHIR R4. Unknown elements and values that do not fit their data type
 * are reported rather than dropped, and XML with a document type declaration is rejected before parsing,
 * so no external entity is ever resolved.
 */
final class ResourceParser {

    private static final Pattern DOCTYPE = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAPI_CODE = Pattern.compile("^HAPI-\\d+:\\s*");

    private final FhirContext context;

    ResourceParser(FhirContext context) {
        this.context = context;
    }

    /**
     * The parsed resource, or the issues that kept it from being read.
     *
     * @param resource the resource, or null when issues is not empty
     */
    record Parsed(Resource resource, List<FhirIssue> issues) {
    }

    Parsed parse(byte[] body, FhirFormat format) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (format == FhirFormat.XML && DOCTYPE.matcher(text).find()) {
            return failed(new FhirIssue(FhirReasonCodes.DTD_NOT_ALLOWED, IssueType.SECURITY, null,
                    "The XML body has a document type declaration (<!DOCTYPE or <!ENTITY>), which FHIR XML never"
                            + " uses and which could load external entities; send the resource without it"));
        }
        Collector collector = new Collector();
        IParser parser = format.newParser(context).setParserErrorHandler(collector);
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(text);
        } catch (DataFormatException | IllegalArgumentException | IllegalStateException e) {
            return failed(new FhirIssue(FhirReasonCodes.UNPARSEABLE, IssueType.STRUCTURE, null,
                    "The body is not a FHIR R4 resource in " + format.name() + " (" + reason(e) + "); send one"
                            + " resource as " + format.contentType().replace(";charset=UTF-8", "")));
        }
        if (!collector.issues.isEmpty()) {
            String type = parsed == null ? null : parsed.fhirType();
            return new Parsed(null, collector.issues.stream().map(issue -> underType(issue, type)).toList());
        }
        if (!(parsed instanceof Resource resource)) {
            return failed(new FhirIssue(FhirReasonCodes.UNPARSEABLE, IssueType.STRUCTURE, null,
                    "The body is not a FHIR R4 resource"));
        }
        return new Parsed(resource, List.of());
    }

    /** Puts an issue's expression under the resource type: HAPI names only the parent element. */
    private static FhirIssue underType(FhirIssue issue, String type) {
        if (type == null || issue.expression() == null || issue.expression().equals(type)
                || issue.expression().startsWith(type + ".")) {
            return issue;
        }
        return issue.under(issue.expression(), type + "." + issue.expression());
    }

    private static Parsed failed(FhirIssue issue) {
        return new Parsed(null, List.of(issue));
    }

    /**
     * Returns HAPI's message up to its first colon without the HAPI-nnnn prefix: the rest can quote the body,
     * which may hold PHI.
     */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = HAPI_CODE.matcher(message).replaceFirst("");
        int colon = message.indexOf(':');
        return (colon < 0 ? message : message.substring(0, colon)).trim();
    }

    /** Collects parser problems as issues that name the element and never quote its value. */
    private static final class Collector implements IParserErrorHandler {

        private final List<FhirIssue> issues = new ArrayList<>();

        private void add(IParseLocation location, String element, String rule) {
            String parent = location == null ? null : location.getParentElementName();
            String expression;
            if (parent == null) {
                expression = element;
            } else if (element == null) {
                expression = parent;
            } else {
                expression = parent + "." + element;
            }
            issues.add(new FhirIssue(FhirReasonCodes.INVALID_ELEMENT, IssueType.STRUCTURE, expression,
                    (expression == null ? "The resource" : expression) + " " + rule));
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            add(location, "contained", "has a resource without an id; give each contained resource an id");
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String element, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            add(location, element, "must be a JSON " + describe(expected, expectedScalar) + "; received a JSON "
                    + describe(found, foundScalar));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            add(location, null, "has a value that does not fit its FHIR data type; correct the value");
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String element) {
            add(location, element, "is required by FHIR R4; send it");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String element) {
            add(location, element, "may occur only once; send one value");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attribute) {
            add(location, attribute, "is not an attribute of FHIR R4 XML; remove it");
        }

        @Override
        public void unknownElement(IParseLocation location, String element) {
            add(location, element, "is not an element of this FHIR R4 resource; remove it or send it as an"
                    + " extension");
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            // The intake resolves and reports reference targets, because only it has the Bundle.
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            add(location, "reference", "points to a contained resource that does not exist; add it or correct"
                    + " the reference");
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            add(location, "extension", "has both a value and nested extensions; send one or the other");
        }

        private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
            String name = type == BaseJsonLikeValue.ValueType.SCALAR && scalar != null ? scalar.name() : String
                    .valueOf(type);
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
