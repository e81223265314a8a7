package org.cokit.tools.conew;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Annotations of journeys, always within one organisation (through the journey). */
@ApplicationScoped
public class AnnotationRepository extends OrganisationOwnedRepository<Annotation> {

    public AnnotationRepository() {
        super(Annotation.class, "journey.organisation");
    }

    /** A journey's annotations, oldest first, all or of one status. */
    public List<Annotation> ofJourney(long organisationId, long journeyId, AnnotationStatus status) {
        Parameters parameters = Parameters.with("journey", journeyId);
        String condition = "e.journey.id = :journey";
        if (status != null) {
            condition += " and e.status = :status";
            parameters.and("status", status);
        }
        return list(organisationId, condition, Sort.by("createdAt").and("id"), parameters);
    }
}
