package org.claimbridge.intake.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.validation.ClaimField;
import org.hl7.fhir.r4.model.Claim.CareTeamComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;

/**
 * Reads Claim.careTeam into rendering providers. The claim's rendering provider is the member with role
 * primary, else the first member. Each member must reference a Practitioner with an NPI identifier.
 */
final class CareTeamReader {

    /** A care team member read into the claim model, with the path of its NPI. */
    record Member(Provider provider, String npiPath) {
    }

    private final ReferenceResolver resolver;
    private final MappingIssues issues;
    private final Map<Integer, Member> bySequence = new HashMap<>();
    private Member primary;

    CareTeamReader(ReferenceResolver resolver, MappingIssues issues) {
        this.resolver = resolver;
        this.issues = issues;
    }

    void read(Resolved<org.hl7.fhir.r4.model.Claim> claim, FhirFieldLocator locator) {
        List<CareTeamComponent> team = claim.resource().getCareTeam();
        for (int i = 0; i < team.size(); i++) {
            CareTeamComponent member = team.get(i);
            Member read = member(claim, member, claim.at("careTeam[" + i + "].provider"));
            bySequence.put(member.getSequence(), read);
            if (primary == null || isPrimary(member)) {
                primary = read;
            }
        }
        if (primary != null) {
            locator.place(ClaimField.CLAIM_RENDERING_NPI, primary.npiPath());
        }
    }

    /** Returns the claim's rendering provider, or null without a care team. */
    Provider primary() {
        return primary == null ? null : primary.provider();
    }

    /** Returns the member with this sequence, or null. */
    Member member(int sequence) {
        return bySequence.get(sequence);
    }

    private Member member(Resolved<?> claim, CareTeamComponent member, String path) {
        Resolved<Practitioner> practitioner = resolver.resolve(claim, member.getProvider(), Practitioner.class);
        if (practitioner == null) {
            issues.unresolved(path, "Practitioner");
            return new Member(new Provider(null, null), path);
        }
        Practitioner resource = practitioner.resource();
        HumanName name = resource.getNameFirstRep();
        PersonName personName = new PersonName(name.getFamily(), name.getGivenAsSingleString().isEmpty() ? null
                : name.getGiven().get(0).getValue(), null, null);
        return new Member(new Provider(FhirCodeSystems.npi(resource.getIdentifier()), personName),
                practitioner.at("identifier"));
    }

    private static boolean isPrimary(CareTeamComponent member) {
        for (Coding coding : member.getRole().getCoding()) {
            if ("primary".equals(coding.getCode())) {
                return true;
            }
        }
        return false;
    }
}
