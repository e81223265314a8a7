package org.cokit.engine.answers;

import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.number;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cokit.organisation.OrganisationExportPart;

/**
 * The engine's part of an organisation's data export: every assessment with its submissions and their answers
 * (question id, value, comment). Answers are read as one ordered stream per assessment, not loaded as entities.
 */
@ApplicationScoped
public class AssessmentExportPart implements OrganisationExportPart {

    private final EntityManager entityManager;

    public AssessmentExportPart(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public void write(long organisationId, JsonGenerator out) throws IOException {
        out.writeStartArray();
        List<Assessment> assessments = entityManager.createQuery("from Assessment a where a.organisation.id = :o"
                + " order by a.id", Assessment.class).setParameter("o", organisationId).getResultList();
        for (Assessment a : assessments) {
            out.writeStartObject();
            out.writeNumberField("id", a.id);
            out.writeStringField("tool", a.tool);
            number(out, "subjectId", a.subjectId);
            out.writeStringField("title", a.title);
            out.writeStringField("status", a.status.name().toLowerCase(Locale.ROOT));
            out.writeStringField("questionnaireId", a.questionnaireId);
            out.writeNumberField("questionnaireVersion", a.questionnaireVersion);
            out.writeStringField("ruleSetId", a.ruleSetId);
            number(out, "ruleSetVersion", a.ruleSetVersion);
            out.writeStringField("createdBy", a.createdBy);
            instant(out, "createdAt", a.createdAt);
            instant(out, "openedAt", a.openedAt);
            instant(out, "closedAt", a.closedAt);
            number(out, "respondents", a.respondents);
            out.writeArrayFieldStart("submissions");
            submissions(a.id, out);
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void submissions(long assessmentId, JsonGenerator out) throws IOException {
        List<Object[]> submissions = entityManager.createQuery("select s.id, m.id, s.status, s.startedAt,"
                + " s.submittedAt from Submission s left join s.member m where s.assessment.id = :a order by s.id",
                Object[].class).setParameter("a", assessmentId).getResultList();
        try (Stream<Object[]> stream = entityManager.createQuery("select a.submission.id, a.questionId, a.value,"
                + " a.comment from Answer a where a.submission.assessment.id = :a order by a.submission.id, a.id",
                Object[].class).setParameter("a", assessmentId).getResultStream()) {
            write(submissions, stream.iterator(), out);
        }
    }

    /** Walks the submissions and the answers, both ordered by submission id, side by side. */
    private static void write(List<Object[]> submissions, Iterator<Object[]> answers, JsonGenerator out)
            throws IOException {
        Object[] answer = answers.hasNext() ? answers.next() : null;
        for (Object[] s : submissions) {
            out.writeStartObject();
            out.writeNumberField("id", (Long) s[0]);
            number(out, "memberId", (Long) s[1]);
            out.writeStringField("status", ((SubmissionStatus) s[2]).name().toLowerCase(Locale.ROOT));
            instant(out, "startedAt", (java.time.Instant) s[3]);
            instant(out, "submittedAt", (java.time.Instant) s[4]);
            out.writeArrayFieldStart("answers");
            while (answer != null && answer[0].equals(s[0])) {
                out.writeStartObject();
                out.writeStringField("questionId", (String) answer[1]);
                out.writeStringField("value", (String) answer[2]);
                out.writeStringField("comment", (String) answer[3]);
                out.writeEndObject();
                answer = answers.hasNext() ? answers.next() : null;
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }
}
