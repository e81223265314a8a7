package org.cokit.engine.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.engine.answers.AnonymousAccess;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.Submission;
import org.cokit.engine.answers.SubmissionService;
import org.cokit.engine.answers.SubmissionStatus;
import org.cokit.engine.definition.ParticipantRole;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.OrganisationScope;
import org.cokit.security.SecretTokens;

/**
 * Anonymous participation in assessments whose questionnaire has participant roles. A coordinator issues and
 * revokes participant links; a person with a link chooses a role it offers and gets an anonymous submission (no
 * member) with a resume token of its own; with that token {@link #resume} grants this request access to the
 * submission, which is then filled in through {@link SubmissionService} like a member's.
 */
@ApplicationScoped
public class ParticipationService {

    /** The audit log's object type of participant links. */
    public static final String LINK = "participant-link";

    private final AssessmentService assessments;
    private final QuestionnaireRegistry questionnaires;
    private final OrganisationScope scope;
    private final InputValidator validator;
    private final AnonymousAccess anonymous;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    public ParticipationService(AssessmentService assessments, QuestionnaireRegistry questionnaires,
            OrganisationScope scope, InputValidator validator, AnonymousAccess anonymous, AuditLog audit,
            EntityManager entityManager, Clock clock) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.scope = scope;
        this.validator = validator;
        this.anonymous = anonymous;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What a link shows to the person who opens it; {@code open} is false once it takes no new participants. */
    public record Invitation(long linkId, String assessmentTitle, Questionnaire questionnaire,
            List<ParticipantRole> roles, boolean open) {
    }

    /**
     * A new link for assessment {@code assessmentId} of the caller's organisation; empty when there is none.
     *
     * @throws InvalidInputException on {@code roles} (unknown, or the questionnaire has none) or {@code closesOn}
     * @throws ConflictException     when the assessment is closed
     */
    @Transactional
    public Optional<IssuedParticipantLink> issue(long assessmentId, ParticipantLinkRequest request) {
        validator.check(request);
        Optional<Assessment> found = assessments.find(assessmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Assessment assessment = found.get();
        if (assessment.status == AssessmentStatus.CLOSED) {
            throw new ConflictException("status", "this assessment is closed and takes no new participants");
        }
        Questionnaire questionnaire = questionnaireOf(assessment);
        if (!questionnaire.hasParticipantRoles()) {
            throw new InvalidInputException(FieldError.of("roles", "not-allowed", "questionnaire '"
                    + questionnaire.id() + "' has no participant roles, so it takes no anonymous participants"));
        }
        List<String> wanted = request.roles() == null || request.roles().isEmpty()
                ? questionnaire.participantRoles().stream().map(ParticipantRole::id).toList() : request.roles();
        List<String> unknown = wanted.stream().filter(r -> questionnaire.participantRole(r).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(FieldError.of("roles", "invalid-choice", "unknown participant roles "
                    + unknown + "; known: " + questionnaire.participantRoles().stream().map(ParticipantRole::id)
                            .toList()));
        }
        LocalDate closesOn = closesOn(request.closesOn());
        String token = SecretTokens.newToken();
        ParticipantLink link = new ParticipantLink();
        link.assessment = assessment;
        link.tokenHash = SecretTokens.hash(token);
        link.roles = String.join(",", questionnaire.participantRoles().stream().map(ParticipantRole::id)
                .filter(wanted::contains).toList());
        link.label = request.label() == null || request.label().isBlank() ? null : request.label().trim();
        link.createdBy = scope.caller().orElseThrow().email();
        link.createdAt = clock.instant();
        link.closesOn = closesOn;
        link.persist();
        audit.record(assessment.organisation.id, AuditAction.PARTICIPANT_LINK_CREATED, LINK, link.id,
                label(link, assessment), "assessment=" + assessment.id + ", roles=" + link.roles
                        + (closesOn == null ? "" : ", closes-on=" + closesOn));
        return Optional.of(new IssuedParticipantLink(view(link, Map.of()), token, "/take/" + token));
    }

    /** The links of assessment {@code assessmentId} of the caller's organisation, newest first. */
    @Transactional
    public Optional<List<ParticipantLinkView>> list(long assessmentId) {
        return assessments.find(assessmentId).map(assessment -> {
            List<ParticipantLink> links = ParticipantLink.list("assessment = ?1 order by createdAt desc, id desc",
                    assessment);
            Map<Long, long[]> counts = counts(assessment);
            return links.stream().map(l -> view(l, counts)).toList();
        });
    }

    /** Revokes a link (again is no change): it stops opening, and its participants can no longer resume. */
    @Transactional
    public Optional<ParticipantLinkView> revoke(long assessmentId, long linkId) {
        return assessments.find(assessmentId).flatMap(assessment -> ParticipantLink.<ParticipantLink>find(
                "id = ?1 and assessment = ?2", linkId, assessment).firstResultOptional().map(link -> {
                    if (link.revokedAt == null) {
                        link.revokedAt = clock.instant();
                        audit.record(assessment.organisation.id, AuditAction.PARTICIPANT_LINK_REVOKED, LINK, link.id,
                                label(link, assessment), "assessment=" + assessment.id);
                    }
                    return view(link, counts(assessment));
                }));
    }

    /** What the link with {@code token} offers; empty for an unknown or revoked link. */
    @Transactional
    public Optional<Invitation> open(String token) {
        return usable(token).map(link -> {
            Questionnaire questionnaire = questionnaireOf(link.assessment);
            List<ParticipantRole> roles = questionnaire.participantRoles().stream()
                    .filter(r -> link.roleIds().contains(r.id())).toList();
            String title = link.assessment.title != null ? link.assessment.title : null;
            return new Invitation(link.id, title, questionnaire, roles, takesParticipants(link));
        });
    }

    /**
     * Starts an anonymous submission in {@code role} through the link; returns the token with which its participant
     * resumes (shown once, only its hash is kept). Empty for an unknown or revoked link.
     *
     * @throws InvalidInputException on {@code role} when the link does not offer it
     * @throws ConflictException     when the link or its assessment no longer takes participants
     */
    @Transactional
    public Optional<String> start(String token, String role) {
        Optional<ParticipantLink> found = usable(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ParticipantLink link = found.get();
        if (!takesParticipants(link)) {
            throw new ConflictException("link", "closed", "this link takes no new participants");
        }
        Questionnaire questionnaire = questionnaireOf(link.assessment);
        if (role == null || role.isBlank() || !link.roleIds().contains(role.trim())) {
            throw new InvalidInputException(FieldError.of("role", role == null || role.isBlank() ? "required"
                    : "invalid-choice", "choose one of the roles this link offers: " + link.roleIds()));
        }
        String resume = SecretTokens.newToken();
        Instant now = clock.instant();
        Submission submission = new Submission();
        submission.assessment = link.assessment;
        submission.participantRole = SubmissionService.participantRole(questionnaire, role);
        submission.accessHash = SecretTokens.hash(resume);
        submission.linkId = link.id;
        submission.startedAt = now;
        submission.updatedAt = now;
        submission.persist();
        return Optional.of(resume);
    }

    /**
     * Grants this request the anonymous submission of {@code resumeToken} and returns its id; empty for an unknown
     * token or one whose link was revoked.
     */
    @Transactional
    public Optional<Long> resume(String resumeToken) {
        if (!SecretTokens.isPlausible(resumeToken)) {
            return Optional.empty();
        }
        Optional<Submission> found = Submission.<Submission>find("accessHash = ?1",
                SecretTokens.hash(resumeToken)).firstResultOptional();
        if (found.isEmpty() || found.get().member != null) {
            return Optional.empty();
        }
        Submission submission = found.get();
        if (submission.linkId != null) {
            ParticipantLink link = ParticipantLink.findById(submission.linkId);
            if (link == null || link.revokedAt != null) {
                return Optional.empty();
            }
        }
        anonymous.grant(submission.id);
        return Optional.of(submission.id);
    }

    private Optional<ParticipantLink> usable(String token) {
        if (!SecretTokens.isPlausible(token)) {
            return Optional.empty();
        }
        return ParticipantLink.<ParticipantLink>find("tokenHash = ?1", SecretTokens.hash(token))
                .firstResultOptional().filter(l -> l.revokedAt == null);
    }

    private boolean takesParticipants(ParticipantLink link) {
        return link.revokedAt == null && link.assessment.status == AssessmentStatus.OPEN
                && (link.closesOn == null || !today().isAfter(link.closesOn));
    }

    private LocalDate closesOn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of("closesOn", "invalid-date",
                    "give the last day as yyyy-mm-dd"));
        }
        if (date.isBefore(today())) {
            throw new InvalidInputException(FieldError.of("closesOn", "in-the-past",
                    "the last day cannot be in the past"));
        }
        return date;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Per link id: submissions started through it and those submitted. */
    private Map<Long, long[]> counts(Assessment assessment) {
        Map<Long, long[]> counts = new HashMap<>();
        entityManager.createQuery("select s.linkId, count(s), sum(case when s.status = :submitted then 1 else 0 end)"
                + " from Submission s where s.assessment = :a and s.linkId is not null group by s.linkId",
                Object[].class).setParameter("submitted", SubmissionStatus.SUBMITTED).setParameter("a", assessment)
                .getResultList().forEach(row -> counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue()}));
        return counts;
    }

    private ParticipantLinkView view(ParticipantLink link, Map<Long, long[]> counts) {
        String state = link.revokedAt != null ? "revoked"
                : link.closesOn != null && today().isAfter(link.closesOn) ? "expired" : "active";
        long[] count = counts.getOrDefault(link.id, new long[2]);
        return new ParticipantLinkView(link.id, link.assessment.id, new ArrayList<>(link.roleIds()), link.label,
                link.createdBy, link.createdAt, link.closesOn, state, count[0], count[1]);
    }

    private static String label(ParticipantLink link, Assessment assessment) {
        String of = assessment.title != null ? assessment.title : assessment.tool + " #" + assessment.id;
        return link.label != null ? link.label + " (" + of + ")" : of;
    }

    private Questionnaire questionnaireOf(Assessment assessment) {
        return questionnaires.find(assessment.questionnaireId, assessment.questionnaireVersion)
                .orElseThrow(() -> new IllegalStateException("Questionnaire " + assessment.questionnaireId
                        + " version " + assessment.questionnaireVersion + " is no longer loaded"));
    }
}
