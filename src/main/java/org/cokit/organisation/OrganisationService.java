package org.cokit.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;

/** Creating and listing organisations (the admin's work). */
@ApplicationScoped
public class OrganisationService {

    private final InputValidator validator;
    private final Clock clock;
    private final AuditLog audit;

    public OrganisationService(InputValidator validator, Clock clock, AuditLog audit) {
        this.validator = validator;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Organisation create(OrganisationRequest request) {
        validator.check(request);
        String country = request.country().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(country)) {
            throw new InvalidInputException(new FieldError("country", "unknown-country",
                    "unknown country code '" + request.country() + "'", java.util.Map.of()));
        }
        String name = request.name().trim();
        if (Organisation.count("nameKey", Organisation.nameKeyOf(name)) > 0) {
            throw new ConflictException("name", "an organisation named '" + name + "' already exists");
        }
        Organisation organisation = new Organisation();
        organisation.name = name;
        organisation.country = country;
        organisation.governmentLevel = request.governmentLevel();
        organisation.sector = request.sector();
        organisation.sizeBand = request.sizeBand();
        organisation.language = request.language();
        organisation.benchmarkOptIn = request.benchmarkOptIn();
        organisation.createdAt = clock.instant();
        organisation.persist();
        audit.record(organisation.id, organisation.name, AuditAction.ORGANISATION_CREATED, AuditAction.ORGANISATION,
                organisation.id, organisation.name, null);
        return organisation;
    }

    @Transactional
    public List<Organisation> listAll() {
        return Organisation.listAll(io.quarkus.panache.common.Sort.by("name"));
    }
}
