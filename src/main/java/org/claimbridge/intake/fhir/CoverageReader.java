package org.claimbridge.intake.fhir;

import java.util.List;
import java.util.Map;

import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.claims.validation.ClaimField;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a Coverage into the subscriber and payer of a claim. The member id is Coverage.subscriberId, else
 * the first Coverage.identifier, which FHIR R4 describes as often the member id. The payer id is the first
 * identifier of the payor Organization, or of the payor reference itself.
 */
final class CoverageReader {

    /** FHIR subscriber-relationship codes to X12 individual relationship codes (patient to subscriber). */
    private static final Map<String, String> RELATIONSHIPS = Map.of(
            "self", "18", "spouse", "01", "child", "19", "common", "53", "parent", "G8", "other", "G8",
            "injured", "G8");

    private final ReferenceResolver resolver;
    private final FhirFieldLocator locator;
    private final MappingIssues issues;
    private final PartyReader parties;

    CoverageReader(ReferenceResolver resolver, FhirFieldLocator locator, MappingIssues issues) {
        this.resolver = resolver;
        this.locator = locator;
        this.issues = issues;
        this.parties = new PartyReader(locator, issues);
    }

    /**
     * Reads the subscriber. When the relationship is self the subscriber's demographics are the patient's,
     * else they come from the Patient or RelatedPerson that Coverage.subscriber references.
     *
     * @param patient the claim's patient, or null when unknown
     * @param patientResource the patient's resource, where subscriber fields point when the patient is the
     *     subscriber; null when unknown
     */
    Subscriber subscriber(Resolved<Coverage> coverage, Patient patient, Resolved<? extends Resource> patientResource) {
        Coverage resource = coverage.resource();
        locator.place(ClaimField.SUBSCRIBER, coverage.path());
        String memberId = memberId(coverage);
        String group = groupNumber(coverage);
        String relationship = relationship(coverage);

        Patient person;
        if (Subscriber.SELF.equals(relationship) && patientResource != null) {
            person = parties.read(patientResource, PartyReader.PersonFields.SUBSCRIBER);
        } else if (ReferenceResolver.hasTarget(resource.getSubscriber())) {
            Resolved<Resource> subscriber = resolver.resolve(coverage, resource.getSubscriber(), Resource.class);
            person = subscriber == null ? null : parties.read(subscriber, PartyReader.PersonFields.SUBSCRIBER);
            if (person == null) {
                issues.unresolved(coverage.at("subscriber"), "Patient or RelatedPerson");
                pointSubscriberAt(coverage.at("subscriber"));
            }
        } else {
            person = null;
            pointSubscriberAt(coverage.at("subscriber"));
        }
        return new Subscriber(memberId, group, person == null ? null : person.name(),
                person == null ? null : person.birthDate(), person == null ? null : person.sex(),
                person == null ? null : person.address(), relationship);
    }

    /** Reads the payer of Coverage.payor[0]. */
    Payer payer(Resolved<Coverage> coverage) {
        List<Reference> payors = coverage.resource().getPayor();
        if (payors.isEmpty()) {
            locator.place(ClaimField.PAYER, coverage.at("payor"));
            return null;
        }
        Reference payor = payors.get(0);
        String path = coverage.at("payor[0]");
        locator.place(ClaimField.PAYER, path);
        if (ReferenceResolver.hasTarget(payor)) {
            Resolved<Organization> organization = resolver.resolve(coverage, payor, Organization.class);
            if (organization != null) {
                locator.place(ClaimField.PAYER_ID, organization.at("identifier"));
                locator.place(ClaimField.PAYER_NAME, organization.at("name"));
                return new Payer(firstValue(organization.resource().getIdentifier()),
                        organization.resource().getName());
            }
            if (!payor.hasIdentifier()) {
                issues.unresolved(path, "Organization");
                locator.place(ClaimField.PAYER_ID, path);
                locator.place(ClaimField.PAYER_NAME, path);
                return new Payer(null, null);
            }
        }
        locator.place(ClaimField.PAYER_ID, path + ".identifier");
        locator.place(ClaimField.PAYER_NAME, path + ".display");
        return new Payer(payor.hasIdentifier() ? payor.getIdentifier().getValue() : null, payor.getDisplay());
    }

    private String memberId(Resolved<Coverage> coverage) {
        Coverage resource = coverage.resource();
        if (resource.hasSubscriberId()) {
            locator.place(ClaimField.SUBSCRIBER_MEMBER_ID, coverage.at("subscriberId"));
            return resource.getSubscriberId();
        }
        List<Identifier> identifiers = resource.getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            if (identifiers.get(i).hasValue()) {
                locator.place(ClaimField.SUBSCRIBER_MEMBER_ID, coverage.at("identifier[" + i + "].value"));
                return identifiers.get(i).getValue();
            }
        }
        locator.place(ClaimField.SUBSCRIBER_MEMBER_ID, coverage.at("subscriberId"));
        return null;
    }

    private String groupNumber(Resolved<Coverage> coverage) {
        List<Coverage.ClassComponent> classes = coverage.resource().getClass_();
        for (int i = 0; i < classes.size(); i++) {
            for (Coding coding : classes.get(i).getType().getCoding()) {
                if ("group".equals(coding.getCode())) {
                    locator.place(ClaimField.SUBSCRIBER_GROUP_NUMBER, coverage.at("class[" + i + "].value"));
                    return classes.get(i).getValue();
                }
            }
        }
        return null;
    }

    /** Returns the X12 code; a missing relationship is self when subscriber and beneficiary are the same. */
    private String relationship(Resolved<Coverage> coverage) {
        Coverage resource = coverage.resource();
        locator.place(ClaimField.SUBSCRIBER_RELATIONSHIP, coverage.at("relationship"));
        for (Coding coding : resource.getRelationship().getCoding()) {
            if (coding.hasCode()) {
                return RELATIONSHIPS.getOrDefault(coding.getCode(), coding.getCode());
            }
        }
        boolean sameReference = !resource.hasSubscriber() || resource.getSubscriber().getReference() != null
                && resource.getSubscriber().getReference().equals(resource.getBeneficiary().getReference());
        return sameReference ? Subscriber.SELF : null;
    }

    private void pointSubscriberAt(String path) {
        for (ClaimField field : List.of(ClaimField.SUBSCRIBER_LAST_NAME, ClaimField.SUBSCRIBER_FIRST_NAME,
                ClaimField.SUBSCRIBER_BIRTH_DATE, ClaimField.SUBSCRIBER_SEX, ClaimField.SUBSCRIBER_ADDRESS,
                ClaimField.SUBSCRIBER_ADDRESS_LINE, ClaimField.SUBSCRIBER_CITY, ClaimField.SUBSCRIBER_STATE,
                ClaimField.SUBSCRIBER_POSTAL_CODE)) {
            locator.place(field, path);
        }
    }

    private static String firstValue(List<Identifier> identifiers) {
        for (Identifier identifier : identifiers) {
            if (identifier.hasValue()) {
                return identifier.getValue();
            }
        }
        return null;
    }
}
