package org.cokit.audit;

import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.number;
import static org.cokit.organisation.OrganisationExportParts.ofOrganisation;
import static org.cokit.organisation.OrganisationExportParts.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import org.cokit.organisation.OrganisationExportPart;

/** The audit log's part of an organisation's data export: its entries, oldest first. */
@ApplicationScoped
public class AuditExportPart implements OrganisationExportPart {

    private final EntityManager entityManager;

    public AuditExportPart(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public void write(long organisationId, JsonGenerator out) throws IOException {
        rows(out, ofOrganisation(entityManager, "from AuditEntry e where e.organisationId = :o"
                + " order by e.occurredAt, e.id", AuditEntry.class, organisationId), (e, o) -> {
                    o.writeNumberField("id", e.id);
                    instant(o, "occurredAt", e.occurredAt);
                    number(o, "actorMemberId", e.actorMemberId);
                    o.writeStringField("actorEmail", e.actorEmail);
                    o.writeStringField("action", e.action);
                    o.writeStringField("objectType", e.objectType);
                    number(o, "objectId", e.objectId);
                    o.writeStringField("objectLabel", e.objectLabel);
                    o.writeStringField("details", e.details);
                    entityManager.detach(e); // the log can be long: keep the session small
                });
    }
}
