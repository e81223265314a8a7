package org.cokit.tools.coserve;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Candidate services, always within one organisation. */
@ApplicationScoped
public class ServiceRepository extends OrganisationOwnedRepository<Service> {

    public ServiceRepository() {
        super(Service.class);
    }

    /** The organisation's services by name. */
    public List<Service> list(long organisationId) {
        return list(organisationId, null, Sort.by("name").and("id"), null);
    }
}
