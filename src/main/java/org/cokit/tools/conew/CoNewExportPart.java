package org.cokit.tools.conew;

import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.lowerCase;
import static org.cokit.organisation.OrganisationExportParts.number;
import static org.cokit.organisation.OrganisationExportParts.ofOrganisation;
import static org.cokit.organisation.OrganisationExportParts.rowsField;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import org.cokit.organisation.OrganisationExportPart;

/**
 * CoNew's part of an organisation's data export: journeys, their stages and touchpoints, public links (never their
 * token hashes) and every annotation whatever its moderation, with its support count (voters stay anonymous).
 */
@ApplicationScoped
public class CoNewExportPart implements OrganisationExportPart {

    private final EntityManager entityManager;

    public CoNewExportPart(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "journeys";
    }

    @Override
    public void write(long organisationId, JsonGenerator out) throws IOException {
        out.writeStartObject();
        rowsField(out, "journeys", ofOrganisation(entityManager, "select j.id, j.service.id, j.title, j.persona,"
                + " j.createdBy, j.createdAt from Journey j where j.organisation.id = :o order by j.id",
                Object[].class, organisationId), (j, o) -> {
                    o.writeNumberField("id", (Long) j[0]);
                    number(o, "serviceId", (Long) j[1]);
                    o.writeStringField("title", (String) j[2]);
                    o.writeStringField("persona", (String) j[3]);
                    o.writeStringField("createdBy", (String) j[4]);
                    instant(o, "createdAt", (Instant) j[5]);
                });
        rowsField(out, "stages", ofOrganisation(entityManager, "select s.id, s.journey.id, s.place, s.name,"
                + " s.userAction from Stage s where s.journey.organisation.id = :o order by s.journey.id, s.place",
                Object[].class, organisationId), (s, o) -> {
                    o.writeNumberField("id", (Long) s[0]);
                    o.writeNumberField("journeyId", (Long) s[1]);
                    o.writeNumberField("place", (Integer) s[2]);
                    o.writeStringField("name", (String) s[3]);
                    o.writeStringField("userAction", (String) s[4]);
                });
        rowsField(out, "touchpoints", ofOrganisation(entityManager, "select t.id, t.stage.id, t.place, t.name,"
                + " t.channel from Touchpoint t where t.stage.journey.organisation.id = :o"
                + " order by t.stage.id, t.place", Object[].class, organisationId), (t, o) -> {
                    o.writeNumberField("id", (Long) t[0]);
                    o.writeNumberField("stageId", (Long) t[1]);
                    o.writeNumberField("place", (Integer) t[2]);
                    o.writeStringField("name", (String) t[3]);
                    o.writeStringField("channel", (String) t[4]);
                });
        rowsField(out, "links", ofOrganisation(entityManager, "select l.id, l.journey.id, l.label, l.channel,"
                + " l.closesAt, l.revokedAt, l.revokedBy, l.createdBy, l.createdAt from JourneyLink l"
                + " where l.journey.organisation.id = :o order by l.id", Object[].class, organisationId), (l, o) -> {
                    o.writeNumberField("id", (Long) l[0]);
                    o.writeNumberField("journeyId", (Long) l[1]);
                    o.writeStringField("label", (String) l[2]);
                    o.writeStringField("channel", (String) l[3]);
                    instant(o, "closesAt", (Instant) l[4]);
                    instant(o, "revokedAt", (Instant) l[5]);
                    o.writeStringField("revokedBy", (String) l[6]);
                    o.writeStringField("createdBy", (String) l[7]);
                    instant(o, "createdAt", (Instant) l[8]);
                });
        rowsField(out, "annotations", ofOrganisation(entityManager, "select a.id, a.journey.id, a.stage.id, a.link.id,"
                + " a.feeling, a.problem, a.idea, a.language, a.contactName, a.contactEmail, a.status, a.hiddenReason,"
                + " a.mergedInto.id, a.moderatedBy, a.moderatedAt, a.redactedBy, a.redactedAt, a.createdAt,"
                + " (select count(v) from AnnotationVote v where v.annotation = a)"
                + " from Annotation a where a.journey.organisation.id = :o order by a.id",
                Object[].class, organisationId), (a, o) -> {
                    o.writeNumberField("id", (Long) a[0]);
                    o.writeNumberField("journeyId", (Long) a[1]);
                    o.writeNumberField("stageId", (Long) a[2]);
                    o.writeNumberField("linkId", (Long) a[3]);
                    number(o, "feeling", (Integer) a[4]);
                    o.writeStringField("problem", (String) a[5]);
                    o.writeStringField("idea", (String) a[6]);
                    o.writeStringField("language", (String) a[7]);
                    o.writeStringField("contactName", (String) a[8]);
                    o.writeStringField("contactEmail", (String) a[9]);
                    lowerCase(o, "status", (AnnotationStatus) a[10]);
                    o.writeStringField("hiddenReason", (String) a[11]);
                    number(o, "mergedInto", (Long) a[12]);
                    o.writeStringField("moderatedBy", (String) a[13]);
                    instant(o, "moderatedAt", (Instant) a[14]);
                    o.writeStringField("redactedBy", (String) a[15]);
                    instant(o, "redactedAt", (Instant) a[16]);
                    instant(o, "createdAt", (Instant) a[17]);
                    o.writeNumberField("support", (Long) a[18]);
                });
        out.writeEndObject();
    }
}
