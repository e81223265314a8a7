package org.cokit.engine.answers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.flow.AnswerValues;
import org.cokit.engine.flow.QuestionnaireFlow;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Member;
import org.cokit.organisation.OrganisationScope;

/**
 * A respondent's own submission: starting it once, saving answers (partial, idempotent, optimistic-locked) and
 * submitting it. A member sees only their own submission; other people's answers reach them only as results.
 */
@ApplicationScoped
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final AssessmentService assessments;
    private final QuestionnaireRegistry questionnaires;
    private final OrganisationScope scope;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AnonymousAccess anonymous;

    public SubmissionService(SubmissionRepository submissions, AssessmentService assessments,
            QuestionnaireRegistry questionnaires, OrganisationScope scope, EntityManager entityManager, Clock clock,
            AnonymousAccess anonymous) {
        this.anonymous = anonymous;
        this.submissions = submissions;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.scope = scope;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Whether {@link #start} created the submission or found the caller's existing one. */
    public record Started(SubmissionView submission, boolean created) {
    }

    /** The caller's submission in an open assessment, created on the first call; empty when no such assessment. */
    @Transactional
    public Optional<Started> start(long assessmentId) {
        return start(assessmentId, null);
    }

    /**
     * As {@link #start(long)}, in participant role {@code role} where the questionnaire has roles (null: its first
     * role, the one members take unless they choose); an existing submission keeps the role it was started in.
     */
    @Transactional
    public Optional<Started> start(long assessmentId, String role) {
        Caller caller = scope.caller().orElseThrow();
        Optional<Assessment> found = assessments.find(assessmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Assessment assessment = found.get();
        Optional<Submission> existing = submissions.findOf(caller.organisationId(), assessmentId, caller.memberId());
        if (existing.isPresent()) {
            return Optional.of(new Started(view(existing.get()), false));
        }
        if (assessment.status != AssessmentStatus.OPEN) {
            throw new ConflictException("status", "this assessment is " + assessment.status.name().toLowerCase()
                    + " and takes no new submissions");
        }
        String participantRole = participantRole(questionnaireOf(assessment), role);
        Instant now = clock.instant();
        Submission submission = new Submission();
        submission.assessment = assessment;
        submission.participantRole = participantRole;
        submission.member = entityManager.getReference(Member.class, caller.memberId());
        submission.startedAt = now;
        submission.updatedAt = now;
        submission.persist();
        entityManager.flush();
        return Optional.of(new Started(view(submission), true));
    }

    /**
     * The role a new submission is made in: one of the questionnaire's participant roles ({@code requested}, else
     * the first), or null for a questionnaire without roles.
     *
     * @throws InvalidInputException on field {@code role} for a role the questionnaire does not have
     */
    public static String participantRole(Questionnaire questionnaire, String requested) {
        String role = requested == null || requested.isBlank() ? null : requested.trim();
        if (!questionnaire.hasParticipantRoles()) {
            if (role != null) {
                throw new InvalidInputException(FieldError.of("role", "not-allowed", "questionnaire '"
                        + questionnaire.id() + "' asks every participant the same; leave the role out"));
            }
            return null;
        }
        if (role == null) {
            return questionnaire.participantRoles().get(0).id();
        }
        if (questionnaire.participantRole(role).isEmpty()) {
            throw new InvalidInputException(FieldError.of("role", "invalid-choice", "unknown participant role '"
                    + role + "'; known: " + questionnaire.participantRoles().stream()
                            .map(org.cokit.engine.definition.ParticipantRole::id).toList()));
        }
        return role;
    }

    @Transactional
    public Optional<SubmissionView> find(long submissionId) {
        return own(submissionId).map(this::view);
    }

    /** The caller's own submission (or the anonymous one granted to this request) and its assessment. */
    public record Opened(SubmissionView submission, Assessment assessment) {
    }

    /** The submission with its assessment, read together, as a page showing it needs both. */
    @Transactional
    public Optional<Opened> open(long submissionId) {
        return own(submissionId).map(s -> new Opened(view(s), s.assessment));
    }

    /** The caller's own submissions in their organisation, at most one per assessment, with their progress. */
    @Transactional
    public List<SubmissionView> mine() {
        Optional<Caller> caller = scope.caller();
        if (caller.isEmpty() || caller.get().organisationId() == null) {
            return List.of();
        }
        List<Submission> own = submissions.listOfMember(caller.get().organisationId(), caller.get().memberId());
        Map<Long, Map<String, String>> values = new HashMap<>();
        own.forEach(submission -> values.put(submission.id, new HashMap<>()));
        if (!own.isEmpty()) {
            // one query for all the member's answers, not one per submission
            entityManager.createQuery("select a.submission.id, a.questionId, a.value from Answer a"
                    + " where a.submission.id in :ids", Object[].class).setParameter("ids", values.keySet())
                    .getResultList().forEach(a -> values.get((Long) a[0]).put((String) a[1], (String) a[2]));
        }
        return own.stream().map(submission -> view(submission, values.get(submission.id))).toList();
    }

    /**
     * Who has started or submitted each of these assessments of the caller's organisation, by display name and
     * status only: the answers of others never leave this service except as results.
     */
    @Transactional
    public Map<Long, List<ParticipantView>> participants(java.util.Collection<Long> assessmentIds) {
        return scope.ownOrganisationId().map(org -> submissions.participantsOf(org, assessmentIds))
                .orElse(Map.of());
    }

    /**
     * Saves some answers. All of them are checked first: one invalid value refuses the whole request and changes
     * nothing. Re-sending what is already stored changes nothing and is not a conflict.
     */
    @Transactional
    public Optional<SubmissionView> save(long submissionId, AnswersRequest request) {
        Optional<Submission> found = own(submissionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Submission submission = found.get();
        Map<String, Object> sent = request == null || request.answers() == null ? Map.of() : request.answers();
        if (!sent.isEmpty()) {
            requireEditable(submission);
        }
        Questionnaire questionnaire = questionnaireOf(submission.assessment).forRole(submission.participantRole);
        Map<String, String> changes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> stored = answersOf(submission);
        sent.forEach((questionId, raw) -> {
            Optional<Question> question = questionnaire.question(questionId);
            if (question.isEmpty()) {
                errors.add(FieldError.of(questionId, "unknown-question", "no question '" + questionId + "' in "
                        + questionnaire.id() + " version " + questionnaire.version()));
                return;
            }
            AnswerValues.Checked checked = AnswerValues.check(question.get(), raw);
            if (checked instanceof AnswerValues.Invalid invalid) {
                errors.add(invalid.error());
                return;
            }
            String value = checked instanceof AnswerValues.Valid valid ? valid.value() : null;
            Answer current = stored.get(questionId);
            String currentValue = current == null ? null : current.value;
            if (!java.util.Objects.equals(value, currentValue)) {
                changes.put(questionId, value);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String section = request == null ? null : request.section();
        boolean knownSection = section != null && questionnaire.sections().stream()
                .anyMatch(s -> s.id().equals(section));
        Map<String, String> values = new HashMap<>();
        stored.forEach((id, answer) -> values.put(id, answer.value));
        if (changes.isEmpty()) {
            if (knownSection) {
                // where to resume is no answer: it never bumps the version nor conflicts with another window
                Submission.update("lastSection = ?1 where id = ?2", section, submission.id);
                entityManager.detach(submission);
                submission.lastSection = section;
            }
            return Optional.of(view(submission, values));
        }
        long expected = submission.version;
        if (request.version() != null && request.version() != expected) {
            throw new ConflictException("version", "these answers were changed elsewhere (for example in another "
                    + "window) since version " + request.version() + "; the saved version is " + expected
                    + ". Reload to see them; nothing was overwritten");
        }
        Instant now = clock.instant();
        if (!submissions.bumpVersion(submission.id, expected, now, knownSection ? section : null)) {
            throw new ConflictException("version", "another save of these answers came first; reload and try again");
        }
        // the row now holds what the bump wrote: keep the entity in step without reading it again
        entityManager.detach(submission);
        submission.version = expected + 1;
        submission.updatedAt = now;
        if (knownSection) {
            submission.lastSection = section;
        }
        Submission owner = entityManager.getReference(Submission.class, submission.id);
        changes.forEach((questionId, value) -> {
            Answer answer = stored.get(questionId);
            if (value == null) {
                if (answer != null) {
                    answer.delete();
                }
                return;
            }
            if (answer == null) {
                answer = new Answer();
                answer.submission = owner;
                answer.questionId = questionId;
                answer.value = value;
                answer.updatedAt = now;
                answer.persist();
            } else {
                answer.value = value;
                answer.updatedAt = now;
            }
        });
        entityManager.flush();
        changes.forEach((questionId, value) -> {
            if (value == null) {
                values.remove(questionId);
            } else {
                values.put(questionId, value);
            }
        });
        return Optional.of(view(submission, values));
    }

    /** Submits and locks the submission; refused while a required visible question is unanswered. */
    @Transactional
    public Optional<SubmissionView> submit(long submissionId) {
        Optional<Submission> found = own(submissionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Submission submission = found.get();
        if (submission.status == SubmissionStatus.SUBMITTED) {
            return Optional.of(view(submission));
        }
        requireEditable(submission);
        QuestionnaireFlow flow = flowOf(submission);
        List<FieldError> missing = flow.unansweredRequired().stream()
                .map(q -> FieldError.of(q.id(), "required", "this question needs an answer before submitting"))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        // answers to questions their conditions hide are not part of what is submitted (nor scored, nor counted)
        java.util.Set<String> visible = new java.util.HashSet<>();
        flow.visible().forEach(q -> visible.add(q.id()));
        answersOf(submission).values().stream().filter(a -> !visible.contains(a.questionId)).forEach(Answer::delete);
        Instant now = clock.instant();
        if (Submission.update("status = ?1, submittedAt = ?2, updatedAt = ?2, version = version + 1 "
                + "where id = ?3 and version = ?4", SubmissionStatus.SUBMITTED, now, submission.id,
                submission.version) != 1) {
            throw new ConflictException("version", "these answers changed while submitting; reload and try again");
        }
        entityManager.refresh(submission);
        return Optional.of(view(submission));
    }

    private void requireEditable(Submission submission) {
        if (submission.status == SubmissionStatus.SUBMITTED) {
            throw new ConflictException("status", "this submission has been submitted and can no longer change");
        }
        if (submission.assessment.status != AssessmentStatus.OPEN) {
            throw new ConflictException("status", "this assessment is " + submission.assessment.status.name()
                    .toLowerCase() + " and takes no more answers; your saved answers are kept");
        }
    }

    private Optional<Submission> own(long submissionId) {
        // outside a request (start-up jobs) there is no anonymous participant to ask about
        if (io.quarkus.arc.Arc.container().requestContext().isActive() && anonymous.allows(submissionId)) {
            return submissions.findAnonymous(submissionId);
        }
        Optional<Caller> caller = scope.caller();
        if (caller.isEmpty() || caller.get().organisationId() == null) {
            return Optional.empty();
        }
        return submissions.findWithAssessment(caller.get().organisationId(), submissionId)
                .filter(s -> s.member != null && s.member.id.equals(caller.get().memberId()));
    }

    private Questionnaire questionnaireOf(Assessment assessment) {
        return questionnaires.find(assessment.questionnaireId, assessment.questionnaireVersion)
                .orElseThrow(() -> new IllegalStateException("Questionnaire " + assessment.questionnaireId + " version "
                        + assessment.questionnaireVersion + " is no longer loaded; keep its file"));
    }

    private static Map<String, Answer> answersOf(Submission submission) {
        Map<String, Answer> byQuestion = new HashMap<>();
        Answer.<Answer>list("submission.id", submission.id).forEach(a -> byQuestion.put(a.questionId, a));
        return byQuestion;
    }

    private QuestionnaireFlow flowOf(Submission submission) {
        Map<String, String> values = new HashMap<>();
        answersOf(submission).forEach((id, answer) -> values.put(id, answer.value));
        return flowOf(submission, values);
    }

    private QuestionnaireFlow flowOf(Submission submission, Map<String, String> values) {
        return QuestionnaireFlow.of(questionnaireOf(submission.assessment).forRole(submission.participantRole),
                values);
    }

    private SubmissionView view(Submission submission) {
        return view(submission, flowOf(submission));
    }

    /** The view of a submission whose answers are {@code values}, as saving has just made them. */
    private SubmissionView view(Submission submission, Map<String, String> values) {
        return view(submission, flowOf(submission, values));
    }

    private SubmissionView view(Submission submission, QuestionnaireFlow flow) {
        QuestionnaireFlow.Progress progress = flow.progress();
        return new SubmissionView(submission.id, submission.assessment.id,
                submission.status.name().toLowerCase(), submission.version, submission.lastSection,
                new java.util.TreeMap<>(flow.answers()), progress.answered(), progress.visible(), progress.percent(),
                flow.unansweredRequired().stream().map(Question::id).toList(), submission.updatedAt,
                submission.submittedAt, submission.participantRole);
    }
}
