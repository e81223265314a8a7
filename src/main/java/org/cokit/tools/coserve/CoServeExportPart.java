package org.cokit.tools.coserve;

import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.number;
import static org.cokit.organisation.OrganisationExportParts.ofOrganisation;
import static org.cokit.organisation.OrganisationExportParts.rowsField;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import org.cokit.organisation.OrganisationExportPart;

/** CoServe's part of an organisation's data export: the candidate services and the history of choices. */
@ApplicationScoped
public class CoServeExportPart implements OrganisationExportPart {

    private final EntityManager entityManager;

    public CoServeExportPart(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public void write(long organisationId, JsonGenerator out) throws IOException {
        out.writeStartObject();
        rowsField(out, "services", ofOrganisation(entityManager, "from Service s where s.organisation.id = :o"
                + " order by s.id", Service.class, organisationId), (s, o) -> {
                    o.writeNumberField("id", s.id);
                    o.writeStringField("name", s.name);
                    o.writeStringField("description", s.description);
                    o.writeStringField("responsibleUnit", s.responsibleUnit);
                    number(o, "approximateUsers", s.approximateUsers);
                    o.writeStringField("channels", s.channels);
                    o.writeStringField("createdBy", s.createdBy);
                    instant(o, "createdAt", s.createdAt);
                });
        rowsField(out, "choices", ofOrganisation(entityManager, "select c.id, c.service.id, c.reason, c.chosenBy,"
                + " c.chosenAt from ServiceChoice c where c.organisation.id = :o order by c.id", Object[].class,
                organisationId), (c, o) -> {
                    o.writeNumberField("id", (Long) c[0]);
                    o.writeNumberField("serviceId", (Long) c[1]);
                    o.writeStringField("reason", (String) c[2]);
                    o.writeStringField("chosenBy", (String) c[3]);
                    instant(o, "chosenAt", (java.time.Instant) c[4]);
                });
        out.writeEndObject();
    }
}
