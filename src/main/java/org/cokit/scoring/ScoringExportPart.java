package org.cokit.scoring;

import static org.cokit.organisation.OrganisationExportParts.instant;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
            out.writeStartArray();
            try (Stream<Object[]> rows = entityManager.createQuery("select r.assessment.id, r.nodeId, r.input,"
                    + " r.levelMin, r.levelMax, r.score from FrozenNodeResult r"
                    + " where r.assessment.organisation.id = :o order by r.assessment.id, r.id", Object[].class)
                    .setParameter("o", organisationId).getResultStream()) {
                for (Object[] r : (Iterable<Object[]>) rows::iterator) {
                    out.writeStartObject();
                    out.writeNumberField("assessmentId", (Long) r[0]);
                    out.writeStringField("nodeId", (String) r[1]);
                    out.writeBooleanField("input", (Boolean) r[2]);
                    out.writeNumberField("levelMin", (Integer) r[3]);
                    out.writeNumberField("levelMax", (Integer) r[4]);
                    if (r[5] == null) {
                        out.writeNullField("score");
                    } else {
                        out.writeNumberField("score", (Double) r[5]);
                    }
                    out.writeEndObject();
                }
            }
            out.writeEndArray();
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
            out.writeStartArray();
            List<RoadmapAction> actions = entityManager.createQuery("from RoadmapAction a where a.organisation.id = :o"
                    + " order by a.id", RoadmapAction.class).setParameter("o", organisationId).getResultList();
            for (RoadmapAction a : actions) {
                out.writeStartObject();
                out.writeNumberField("id", a.id);
                if (a.assessment == null) {
                    out.writeNullField("assessmentId");
                } else {
                    out.writeNumberField("assessmentId", a.assessment.id);
                }
                out.writeStringField("tool", a.tool);
                out.writeStringField("ruleSetId", a.ruleSetId);
                out.writeStringField("actionId", a.actionId);
                out.writeStringField("title", a.title);
                out.writeStringField("owner", a.owner);
                out.writeStringField("status", a.status.name().toLowerCase(Locale.ROOT));
                out.writeStringField("dueDate", a.dueDate == null ? null : a.dueDate.toString());
                out.writeStringField("createdBy", a.createdBy);
                instant(out, "createdAt", a.createdAt);
                instant(out, "completedAt", a.completedAt);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }
}
