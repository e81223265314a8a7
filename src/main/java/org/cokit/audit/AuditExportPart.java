package org.cokit.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.stream.Stream;
import org.cokit.organisation.OrganisationExportPart;
import org.cokit.organisation.OrganisationExportParts;

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
        out.writeStartArray();
        try (Stream<AuditEntry> entries = entityManager.createQuery("from AuditEntry e where e.organisationId = :o"
                + " order by e.occurredAt, e.id", AuditEntry.class).setParameter("o", organisationId)
                .getResultStream()) {
            for (AuditEntry e : (Iterable<AuditEntry>) entries::iterator) {
                out.writeStartObject();
                out.writeNumberField("id", e.id);
                OrganisationExportParts.instant(out, "occurredAt", e.occurredAt);
                OrganisationExportParts.number(out, "actorMemberId", e.actorMemberId);
                out.writeStringField("actorEmail", e.actorEmail);
                out.writeStringField("action", e.action);
                out.writeStringField("objectType", e.objectType);
                OrganisationExportParts.number(out, "objectId", e.objectId);
                out.writeStringField("objectLabel", e.objectLabel);
                out.writeStringField("details", e.details);
                out.writeEndObject();
                entityManager.detach(e);
            }
        }
        out.writeEndArray();
    }
}
