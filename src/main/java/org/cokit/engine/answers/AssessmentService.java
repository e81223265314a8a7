package org.cokit.engine.answers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.engine.ToolDefinition;
import org.cokit.engine.ToolRegistry;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;

/**
 * Starting, opening and closing assessments of the caller's organisation, for any tool. Tools plug in through
 * {@link ToolDefinition}; this service never names one.
 */
@ApplicationScoped
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final OrganisationScope scope;
    private final ToolRegistry tools;
    private final QuestionnaireRegistry questionnaires;
    private final InputValidator validator;
    private final Clock clock;
    private final SubmissionRepository submissions;
    private final Event<AssessmentCreated> created;
    private final Event<AssessmentClosed> closed;
    private final AuditLog audit;

    public AssessmentService(AssessmentRepository assessments, OrganisationScope scope, ToolRegistry tools,
            QuestionnaireRegistry questionnaires, InputValidator validator, Clock clock,
            SubmissionRepository submissions, Event<AssessmentCreated> created, Event<AssessmentClosed> closed,
            AuditLog audit) {
        this.assessments = assessments;
        this.scope = scope;
        this.tools = tools;
        this.questionnaires = questionnaires;
        this.validator = validator;
        this.clock = clock;
        this.submissions = submissions;
        this.created = created;
        this.closed = closed;
        this.audit = audit;
    }

    /** A new draft assessment in the caller's organisation, pinned to the tool's newest questionnaire version. */
    @Transactional
    public Assessment create(AssessmentRequest request) {
        validator.check(request);
        Caller caller = scope.caller().orElseThrow();
        long organisationId = scope.ownOrganisationId().orElseThrow(() -> new InvalidInputException(
                FieldError.of("tool", "no-organisation", "only members of an organisation start assessments")));
        ToolDefinition tool = tools.find(request.tool()).orElseThrow(() -> new InvalidInputException(FieldError.of(
                "tool", "invalid-choice", "unknown tool '" + request.tool() + "'; known: " + tools.ids())));
        if (tool.assessesSubject()) {
            if (request.subjectId() == null) {
                throw new InvalidInputException(FieldError.of("subjectId", "required",
                        "the tool '" + tool.id() + "' assesses a subject: give its id"));
            }
            if (!tool.subjectExists(organisationId, request.subjectId())) {
                throw new InvalidInputException(FieldError.of("subjectId", "unknown-subject",
                        "no subject " + request.subjectId() + " in your organisation"));
            }
        } else if (request.subjectId() != null) {
            throw new InvalidInputException(FieldError.of("subjectId", "not-allowed",
                    "the tool '" + tool.id() + "' assesses the organisation itself: leave subjectId out"));
        }
        Questionnaire questionnaire = questionnaires.find(tool.questionnaireId())
                .orElseThrow(() -> new IllegalStateException("The questionnaire '" + tool.questionnaireId()
                        + "' of tool '" + tool.id() + "' is not loaded"));
        Assessment assessment = new Assessment();
        assessment.organisation = scope.organisation(organisationId).orElseThrow();
        assessment.tool = tool.id();
        assessment.subjectId = request.subjectId();
        assessment.title = request.title() == null || request.title().isBlank() ? null : request.title().trim();
        assessment.questionnaireId = questionnaire.id();
        assessment.questionnaireVersion = questionnaire.version();
        assessment.ruleSetId = tool.ruleSetId().orElse(null);
        assessment.createdBy = caller.email();
        assessment.createdAt = clock.instant();
        assessment.persist();
        created.fire(new AssessmentCreated(assessment));
        return assessment;
    }

    @Transactional
    public Optional<Assessment> find(long assessmentId) {
        return scope.ownOrganisationId().flatMap(org -> assessments.find(org, assessmentId));
    }

    @Transactional
    public List<Assessment> list(String tool, AssessmentStatus status) {
        return scope.ownOrganisationId().map(org -> assessments.list(org, tool, status)).orElse(List.of());
    }

    /** Opens a draft for answers; empty when there is no such assessment for the caller. */
    @Transactional
    public Optional<Assessment> open(long assessmentId) {
        return find(assessmentId).map(a -> {
            if (a.status != AssessmentStatus.DRAFT) {
                throw new ConflictException("status", "only a draft can be opened; this assessment is "
                        + a.status.name().toLowerCase());
            }
            a.status = AssessmentStatus.OPEN;
            a.openedAt = clock.instant();
            record(a, AuditAction.ASSESSMENT_OPENED);
            return a;
        });
    }

    /** Closes an open assessment: no more answers are taken, and its result is frozen as it stands. */
    @Transactional
    public Optional<Assessment> close(long assessmentId) {
        return find(assessmentId).map(a -> {
            if (a.status != AssessmentStatus.OPEN) {
                throw new ConflictException("status", "only an open assessment can be closed; this one is "
                        + a.status.name().toLowerCase());
            }
            a.status = AssessmentStatus.CLOSED;
            a.closedAt = clock.instant();
            a.respondents = (int) submissions.countsByAssessment(List.of(a.id))
                    .getOrDefault(a.id, SubmissionRepository.SubmissionCounts.NONE).submitted();
            closed.fire(new AssessmentClosed(a));
            record(a, AuditAction.ASSESSMENT_CLOSED);
            return a;
        });
    }

    private void record(Assessment a, String action) {
        audit.record(a.organisation.id, action, AuditAction.ASSESSMENT, a.id, label(a),
                "tool=" + a.tool + (a.subjectId == null ? "" : ", subject=" + a.subjectId)
                        + (a.respondents == null ? "" : ", respondents=" + a.respondents));
    }

    /** A short human label of an assessment, for the audit log: its title, else its tool and id. */
    static String label(Assessment a) {
        return a.title != null ? a.title : a.tool + " #" + a.id;
    }
}
