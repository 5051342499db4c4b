package org.claimbridge.intake.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Processes transaction and batch Bundles of creates. A transaction is all or nothing: every entry is
 * checked, and either all are stored in one database transaction or none is and the response is one
 * OperationOutcome with the issues of every entry. A batch responds to each entry on its own, and stores each
 * accepted entry in its own transaction.
 */
final class BundleIntake {

    private final FhirIntake intake;

    BundleIntake(FhirIntake intake) {
        this.intake = intake;
    }

    FhirReply process(FhirRequest request, Bundle bundle) {
        BundleType type = bundle.getType();
        if (type != BundleType.TRANSACTION && type != BundleType.BATCH) {
            return intake.reject(request, "Bundle", request.body(), 400, List.of(new FhirIssue(
                    FhirReasonCodes.INVALID_BUNDLE, IssueType.NOTSUPPORTED, "Bundle.type", "Bundle.type must be"
                            + " transaction or batch; received " + (type == null ? "none" : type.toCode()))));
        }
        FhirContext context = FhirContext.forR4Cached();
        List<IntakeEntry> entries = new ArrayList<>();
        List<FhirIssue> structural = new ArrayList<>();
        List<BundleEntryComponent> components = bundle.getEntry();
        for (int i = 0; i < components.size(); i++) {
            FhirIssue issue = check(components.get(i), i);
            if (issue != null) {
                structural.add(issue);
                entries.add(null);
                continue;
            }
            BundleEntryComponent component = components.get(i);
            byte[] payload = context.newJsonParser().encodeResourceToString(component.getResource())
                    .getBytes(StandardCharsets.UTF_8);
            entries.add(new IntakeEntry(i, component.getFullUrl(), component.getResource(),
                    "Bundle.entry[" + i + "].resource", component.getRequest().getIfNoneExist(), payload));
        }
        return type == BundleType.TRANSACTION ? transaction(request, entries, structural)
                : batch(request, entries, structural);
    }

    private FhirReply transaction(FhirRequest request, List<IntakeEntry> entries, List<FhirIssue> structural) {
        List<IntakeEntry> readable = entries.stream().filter(e -> e != null).toList();
        ReferenceResolver resolver = intake.resolver(request, readable);
        List<EntryDecider.Decision> decisions = new ArrayList<>();
        List<FhirIssue> issues = new ArrayList<>(structural);
        for (IntakeEntry entry : readable) {
            EntryDecider.Decision decision = intake.decide(entry, resolver);
            decisions.add(decision);
            issues.addAll(decision.issues());
        }
        if (readable.isEmpty() && structural.isEmpty()) {
            issues.add(new FhirIssue(FhirReasonCodes.INVALID_BUNDLE, IssueType.REQUIRED, "Bundle.entry",
                    "Bundle.entry is required; send at least one entry"));
        }
        if (!issues.isEmpty()) {
            return intake.reject(request, "Bundle", request.body(), structural.isEmpty() ? 422 : 400, issues);
        }
        Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
        for (FhirIntakeRecorder.Accepted accepted : intake.accept(request, decisions)) {
            addSuccess(response, accepted);
        }
        return FhirReply.of(200, response);
    }

    private FhirReply batch(FhirRequest request, List<IntakeEntry> entries, List<FhirIssue> structural) {
        List<IntakeEntry> readable = entries.stream().filter(e -> e != null).toList();
        ReferenceResolver resolver = intake.resolver(request, readable);
        Bundle response = new Bundle().setType(BundleType.BATCHRESPONSE);
        int structuralIndex = 0;
        for (IntakeEntry entry : entries) {
            if (entry == null) {
                FhirIssue issue = structural.get(structuralIndex++);
                FhirReply reply = intake.reject(request, "Bundle", request.body(), 400, List.of(issue));
                response.addEntry().getResponse().setStatus("400 Bad Request").setOutcome(reply.body());
                continue;
            }
            EntryDecider.Decision decision = intake.decide(entry, resolver);
            if (!decision.accepted()) {
                FhirReply reply = intake.reject(request, entry.type(), entry.payload(), 422, decision.issues());
                response.addEntry().getResponse().setStatus("422 Unprocessable Entity").setOutcome(reply.body());
                continue;
            }
            addSuccess(response, intake.accept(request, List.of(decision)).get(0));
        }
        return FhirReply.of(200, response);
    }

    /** Returns the issue that keeps an entry from being read as a create, or null. */
    private static FhirIssue check(BundleEntryComponent entry, int index) {
        String path = "Bundle.entry[" + index + "]";
        if (!entry.hasRequest() || entry.getRequest().getMethod() != HTTPVerb.POST) {
            String method = entry.hasRequest() && entry.getRequest().getMethod() != null
                    ? entry.getRequest().getMethod().toCode() : "none";
            return new FhirIssue(FhirReasonCodes.UNSUPPORTED_INTERACTION, IssueType.NOTSUPPORTED,
                    path + ".request.method", path + ".request.method must be POST, because the gateway only"
                            + " creates resources; received " + method);
        }
        if (!entry.hasResource()) {
            return new FhirIssue(FhirReasonCodes.INVALID_BUNDLE, IssueType.REQUIRED, path + ".resource",
                    path + ".resource is required for a POST entry");
        }
        String type = entry.getResource().fhirType();
        if (!SupportedResources.isCreatable(type)) {
            return new FhirIssue(FhirReasonCodes.UNSUPPORTED_RESOURCE, IssueType.NOTSUPPORTED, path + ".resource",
                    path + ".resource is a " + type + ", which the gateway does not accept; supported: "
                            + String.join(", ", SupportedResources.CREATE));
        }
        String url = entry.getRequest().getUrl();
        if (url == null || !url.equals(type)) {
            return new FhirIssue(FhirReasonCodes.TYPE_MISMATCH, IssueType.INVALID, path + ".request.url",
                    path + ".request.url must be " + type + " for a create of a " + type);
        }
        return null;
    }

    private static void addSuccess(Bundle response, FhirIntakeRecorder.Accepted accepted) {
        BundleEntryComponent entry = response.addEntry();
        entry.setFullUrl(accepted.entry().type() + "/" + accepted.logicalId());
        entry.getResponse().setStatus(accepted.created() ? "201 Created" : "200 OK").setLocation(accepted.location())
                .setEtag("W/\"1\"");
    }
}
