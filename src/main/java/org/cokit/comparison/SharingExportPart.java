package org.cokit.comparison;

import static org.cokit.organisation.OrganisationExportParts.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationExportPart;

/**
 * The comparison's part of an organisation's data export: whether it shares its results, and which of its rounds
 * stand in the comparison pool (one per tool). Peer figures are never stored, so there are none to export.
 */
@ApplicationScoped
public class SharingExportPart implements OrganisationExportPart {

    private final EntityManager entityManager;

    public SharingExportPart(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "sharing";
    }

    @Override
    public void write(long organisationId, JsonGenerator out) throws IOException {
        Organisation organisation = Organisation.findById(organisationId);
        out.writeStartObject();
        out.writeBooleanField("benchmarkOptIn", organisation.benchmarkOptIn);
        out.writeFieldName("pooledRounds");
        @SuppressWarnings("unchecked")
        List<Object[]> rounds = entityManager.createNativeQuery("select tool, assessment_id from comparison_round"
                + " where organisation_id = ?1 order by tool").setParameter(1, organisationId).getResultList();
        rows(out, rounds.stream(), (round, o) -> {
            o.writeStringField("tool", (String) round[0]);
            o.writeNumberField("assessmentId", ((Number) round[1]).longValue());
        });
        out.writeEndObject();
    }
}
