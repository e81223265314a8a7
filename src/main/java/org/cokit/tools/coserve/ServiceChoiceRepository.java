package org.cokit.tools.coserve;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Choices of the service to renew, always within one organisation. */
@ApplicationScoped
public class ServiceChoiceRepository extends OrganisationOwnedRepository<ServiceChoice> {

    public ServiceChoiceRepository() {
        super(ServiceChoice.class);
    }

    /** Every choice of the organisation, newest first. */
    public List<ServiceChoice> history(long organisationId) {
        return list(organisationId, null, Sort.by("chosenAt").descending().and("id").descending(), null);
    }

    /** The newest choice: the organisation's chosen service. */
    public Optional<ServiceChoice> current(long organisationId) {
        return history(organisationId).stream().findFirst();
    }
}
