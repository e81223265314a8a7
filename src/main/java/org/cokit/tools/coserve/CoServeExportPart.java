package org.cokit.tools.coserve;

import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.number;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
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
        out.writeArrayFieldStart("services");
        for (Service s : entityManager.createQuery("from Service s where s.organisation.id = :o order by s.id",
                Service.class).setParameter("o", organisationId).getResultList()) {
            out.writeStartObject();
            out.writeNumberField("id", s.id);
            out.writeStringField("name", s.name);
            out.writeStringField("description", s.description);
            out.writeStringField("responsibleUnit", s.responsibleUnit);
            number(out, "approximateUsers", s.approximateUsers);
            out.writeStringField("channels", s.channels);
            out.writeStringField("createdBy", s.createdBy);
            instant(out, "createdAt", s.createdAt);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("choices");
        List<ServiceChoice> choices = entityManager.createQuery("from ServiceChoice c where c.organisation.id = :o"
                + " order by c.id", ServiceChoice.class).setParameter("o", organisationId).getResultList();
        for (ServiceChoice c : choices) {
            out.writeStartObject();
            out.writeNumberField("id", c.id);
            out.writeNumberField("serviceId", c.service.id);
            out.writeStringField("reason", c.reason);
            out.writeStringField("chosenBy", c.chosenBy);
            instant(out, "chosenAt", c.chosenAt);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
