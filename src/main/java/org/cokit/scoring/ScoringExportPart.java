package org.cokit.scoring;

import static org.cokit.organisation.OrganisationExportParts.decimal;
import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.lowerCase;
import static org.cokit.organisation.OrganisationExportParts.number;
import static org.cokit.organisation.OrganisationExportParts.ofOrganisation;
import static org.cokit.organisation.OrganisationExportParts.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import org.cokit.organisation.OrganisationExportPart;
import org.cokit.scoring.roadmap.RoadmapAction;

/** The scoring's parts of an organisation's data export: frozen results ({@code results}) and roadmap actions. */
public final class ScoringExportPart {

    private ScoringExportPart() {
    }

    /** Every node value frozen when an assessment closed. */
    @ApplicationScoped
    public static class Results implements OrganisationExportPart {

        private final EntityManager entityManager;

        public Results(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public String name() {
            return "results";
        }

        @Override
        public void write(long organisationId, JsonGenerator out) throws IOException {
            rows(out, ofOrganisation(entityManager, "select r.assessment.id, r.nodeId, r.input, r.levelMin,"
                    + " r.levelMax, r.score from FrozenNodeResult r where r.assessment.organisation.id = :o"
                    + " order by r.assessment.id, r.id", Object[].class, organisationId), (r, o) -> {
                        o.writeNumberField("assessmentId", (Long) r[0]);
                        o.writeStringField("nodeId", (String) r[1]);
                        o.writeBooleanField("input", (Boolean) r[2]);
                        o.writeNumberField("levelMin", (Integer) r[3]);
                        o.writeNumberField("levelMax", (Integer) r[4]);
                        decimal(o, "score", (Double) r[5]);
                    });
        }
    }

    /** The roadmap: actions adopted from recommendations, with owner, status and dates. */
    @ApplicationScoped
    public static class Actions implements OrganisationExportPart {

        private final EntityManager entityManager;

        public Actions(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public String name() {
            return "actions";
        }

        @Override
        public void write(long organisationId, JsonGenerator out) throws IOException {
            rows(out, ofOrganisation(entityManager, "from RoadmapAction a where a.organisation.id = :o"
                    + " order by a.id", RoadmapAction.class, organisationId), (a, o) -> {
                        o.writeNumberField("id", a.id);
                        number(o, "assessmentId", a.assessment == null ? null : a.assessment.id);
                        o.writeStringField("tool", a.tool);
                        o.writeStringField("ruleSetId", a.ruleSetId);
                        o.writeStringField("actionId", a.actionId);
                        o.writeStringField("title", a.title);
                        o.writeStringField("owner", a.owner);
                        lowerCase(o, "status", a.status);
                        o.writeStringField("dueDate", a.dueDate == null ? null : a.dueDate.toString());
                        o.writeStringField("createdBy", a.createdBy);
                        instant(o, "createdAt", a.createdAt);
                        instant(o, "completedAt", a.completedAt);
                    });
        }
    }
}
