package org.claimbridge.intake.fhir;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the resource a reference points to: a contained resource ("#id"), an entry of the same Bundle (by
 * fullUrl, or by type and id), or a resource the same client created earlier ("Type/logical-id").
 */
final class ReferenceResolver {

    private final List<IntakeEntry> bundleEntries;
    private final FhirResourceStore store;
    private final String clientId;

    ReferenceResolver(List<IntakeEntry> bundleEntries, FhirResourceStore store, String clientId) {
        this.bundleEntries = bundleEntries;
        this.store = store;
        this.clientId = clientId;
    }

    /** Returns whether the reference names a target, rather than only an identifier or display. */
    static boolean hasTarget(Reference reference) {
        return reference != null && (reference.hasReference() || reference.getResource() != null);
    }

    /**
     * Returns the resource of the given type that the reference points to, or null when the reference is
     * missing, cannot be found, or points to another type.
     */
    <T extends Resource> Resolved<T> resolve(Resolved<?> from, Reference reference, Class<T> type) {
        Resolved<? extends Resource> found = find(from, reference);
        if (found == null || !type.isInstance(found.resource())) {
            return null;
        }
        return new Resolved<>(type.cast(found.resource()), found.path(), found.root());
    }

    private Resolved<? extends Resource> find(Resolved<?> from, Reference reference) {
        if (!hasTarget(reference)) {
            return null;
        }
        String target = reference.getReference();
        if (target != null && target.startsWith("#") || target == null) {
            return contained(from, target == null ? null : target.substring(1), reference);
        }
        for (IntakeEntry entry : bundleEntries) {
            if (matches(entry, target)) {
                return entry.resolved(entry.resource());
            }
        }
        String[] parts = target.split("/");
        if (parts.length == 2) {
            Optional<Resource> stored = store.find(clientId, parts[0], parts[1]);
            if (stored.isPresent()) {
                return new Resolved<>(stored.get(), parts[0] + "/" + parts[1], stored.get());
            }
        }
        return null;
    }

    private static Resolved<? extends Resource> contained(Resolved<?> from, String id, Reference reference) {
        if (!(from.root() instanceof DomainResource root)) {
            return null;
        }
        List<Resource> contained = root.getContained();
        for (int i = 0; i < contained.size(); i++) {
            Resource candidate = contained.get(i);
            boolean same = reference.getResource() == candidate
                    || (id != null && id.equals(candidate.getIdElement().getIdPart()));
            if (same) {
                return new Resolved<>(candidate, rootPath(from) + ".contained[" + i + "]", root);
            }
        }
        return null;
    }

    /** Returns the path of the top-level resource that holds the contained resources. */
    private static String rootPath(Resolved<?> from) {
        int contained = from.path().indexOf(".contained[");
        return contained < 0 ? from.path() : from.path().substring(0, contained);
    }

    private static boolean matches(IntakeEntry entry, String target) {
        String fullUrl = entry.fullUrl();
        if (fullUrl != null && (fullUrl.equals(target) || fullUrl.endsWith("/" + target))) {
            return true;
        }
        Resource resource = entry.resource();
        return resource.getIdElement().hasIdPart()
                && target.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
    }
}
