package org.cokit.engine.answers;

import static org.cokit.organisation.OrganisationExportParts.instant;
import static org.cokit.organisation.OrganisationExportParts.lowerCase;
import static org.cokit.organisation.OrganisationExportParts.number;
import static org.cokit.organisation.OrganisationExportParts.ofOrganisation;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.cokit.organisation.OrganisationExportPart;

/**
 * The engine's part of an organisation's data export: every assessment with its submissions and their answers
 * (question id, value, comment). Three ordered streams over the whole organisation (assessments, submissions,
 * answers) are walked side by side, so the export makes three queries however many assessments there are.
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
        try (Stream<Assessment> assessments = ofOrganisation(entityManager, "from Assessment a"
                + " where a.organisation.id = :o order by a.id", Assessment.class, organisationId);
                Stream<Object[]> submissions = ofOrganisation(entityManager, "select s.assessment.id, s.id, m.id,"
                        + " s.status, s.startedAt, s.submittedAt, s.participantRole from Submission s"
                        + " left join s.member m where s.assessment.organisation.id = :o"
                        + " order by s.assessment.id, s.id", Object[].class, organisationId);
                Stream<Object[]> answers = ofOrganisation(entityManager, "select a.submission.id, a.questionId,"
                        + " a.value, a.comment from Answer a where a.submission.assessment.organisation.id = :o"
                        + " order by a.submission.assessment.id, a.submission.id, a.id", Object[].class,
                        organisationId)) {
            write(assessments.iterator(), new Cursor(submissions.iterator()), new Cursor(answers.iterator()), out);
        }
    }

    /** The next row of an ordered stream, looked at before it is taken. */
    private static final class Cursor {
        private final Iterator<Object[]> rows;
        private Object[] next;

        Cursor(Iterator<Object[]> rows) {
            this.rows = rows;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        /** Whether the next row's first column is {@code key}. */
        boolean at(Object key) {
            return next != null && next[0].equals(key);
        }

        Object[] take() {
            Object[] row = next;
            next = rows.hasNext() ? rows.next() : null;
            return row;
        }
    }

    private static void write(Iterator<Assessment> assessments, Cursor submissions, Cursor answers,
            JsonGenerator out) throws IOException {
        out.writeStartArray();
        while (assessments.hasNext()) {
            Assessment a = assessments.next();
            out.writeStartObject();
            out.writeNumberField("id", a.id);
            out.writeStringField("tool", a.tool);
            number(out, "subjectId", a.subjectId);
            out.writeStringField("title", a.title);
            lowerCase(out, "status", a.status);
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
            while (submissions.at(a.id)) {
                Object[] s = submissions.take();
                out.writeStartObject();
                out.writeNumberField("id", (Long) s[1]);
                number(out, "memberId", (Long) s[2]);
                lowerCase(out, "status", (SubmissionStatus) s[3]);
                instant(out, "startedAt", (Instant) s[4]);
                instant(out, "submittedAt", (Instant) s[5]);
                out.writeStringField("participantRole", (String) s[6]);
                out.writeArrayFieldStart("answers");
                while (answers.at(s[1])) {
                    Object[] answer = answers.take();
                    out.writeStartObject();
                    out.writeStringField("questionId", (String) answer[1]);
                    out.writeStringField("value", (String) answer[2]);
                    out.writeStringField("comment", (String) answer[3]);
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
