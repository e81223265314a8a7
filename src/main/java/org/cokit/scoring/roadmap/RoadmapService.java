package org.cokit.scoring.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.scoring.results.AssessmentResult;
import org.cokit.scoring.results.AssessmentResults;
import org.cokit.scoring.rules.Action;

/**
 * The organisation's roadmap: actions adopted from the recommendations of an assessment's result, each with an
 * owner, a status and a due date. An action can be adopted once until it is finished; a later round that
 * recommends it again shows it as adopted.
 */
@ApplicationScoped
public class RoadmapService {

    private final RoadmapActionRepository actions;
    private final AssessmentService assessments;
    private final AssessmentResults results;
    private final OrganisationScope scope;
    private final InputValidator validator;
    private final Clock clock;

    public RoadmapService(RoadmapActionRepository actions, AssessmentService assessments, AssessmentResults results,
            OrganisationScope scope, InputValidator validator, Clock clock) {
        this.actions = actions;
        this.assessments = assessments;
        this.results = results;
        this.scope = scope;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Adopts action {@code request.actionId()} recommended by the result of assessment {@code assessmentId}; the
     * title is kept in {@code language}. Empty when there is no such assessment for the caller.
     */
    @Transactional
    public Optional<RoadmapAction> adopt(long assessmentId, RoadmapRequest request, Language language) {
        validator.check(InvalidInputException.requireBody(request));
        Optional<Assessment> found = assessments.find(assessmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Assessment assessment = found.get();
        List<FieldError> errors = new ArrayList<>();
        if (request.actionId() == null || request.actionId().isBlank()) {
            errors.add(FieldError.of("actionId", "required", "name the recommended action to adopt"));
        }
        String owner = request.owner() == null ? "" : request.owner().trim();
        if (owner.isEmpty()) {
            errors.add(FieldError.of("owner", "required", "say who owns the action"));
        }
        LocalDate due = dueDate(request.due(), errors);
        ActionStatus status = status(request.status(), ActionStatus.PLANNED, errors);
        Optional<Action> recommended = Optional.empty();
        if (request.actionId() != null && !request.actionId().isBlank()) {
            AssessmentResult result = results.of(assessmentId).orElseThrow();
            recommended = result.scoring().stream().flatMap(s -> s.recommendations().stream())
                    .filter(a -> a.id().equals(request.actionId())).findFirst();
            if (recommended.isEmpty()) {
                errors.add(FieldError.of("actionId", "not-recommended", "'" + request.actionId()
                        + "' is not among the actions this assessment's result recommends"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long organisationId = assessment.organisation.id;
        boolean adoptedAlready = actions.list(organisationId, assessment.tool).stream()
                .anyMatch(a -> a.actionId.equals(request.actionId()) && !a.status.isFinished());
        if (adoptedAlready) {
            throw new ConflictException("actionId", "this action is on the roadmap already; update it there");
        }
        Caller caller = scope.caller().orElseThrow();
        RoadmapAction action = new RoadmapAction();
        action.organisation = assessment.organisation;
        action.assessment = assessment;
        action.tool = assessment.tool;
        action.ruleSetId = assessment.ruleSetId;
        action.actionId = request.actionId();
        action.title = recommended.get().title().in(language);
        action.owner = owner;
        action.dueDate = due;
        action.createdBy = caller.email();
        action.createdAt = clock.instant();
        setStatus(action, status);
        action.persist();
        return Optional.of(action);
    }

    /** Changes owner, status or due date of an adopted action; empty when there is none for the caller. */
    @Transactional
    public Optional<RoadmapAction> update(long actionId, RoadmapRequest request) {
        validator.check(InvalidInputException.requireBody(request));
        Optional<RoadmapAction> found = find(actionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.actionId() != null && !request.actionId().equals(found.get().actionId)) {
            errors.add(FieldError.of("actionId", "not-allowed", "an adopted action cannot become another one"));
        }
        if (request.owner() != null && request.owner().isBlank()) {
            errors.add(FieldError.of("owner", "required", "say who owns the action"));
        }
        LocalDate due = dueDate(request.due(), errors);
        ActionStatus status = status(request.status(), null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RoadmapAction action = found.get();
        if (request.owner() != null) {
            action.owner = request.owner().trim();
        }
        if (request.due() != null) {
            action.dueDate = due;
        }
        if (status != null) {
            setStatus(action, status);
        }
        return Optional.of(action);
    }

    @Transactional
    public Optional<RoadmapAction> find(long actionId) {
        return scope.ownOrganisationId().flatMap(org -> actions.find(org, actionId));
    }

    /** The caller's organisation's actions of {@code tool} (all tools when null). */
    @Transactional
    public List<RoadmapAction> list(String tool) {
        return scope.ownOrganisationId().map(org -> actions.list(org, tool)).orElse(List.of());
    }

    /** The actions of {@code tool} completed (done) after {@code after} (exclusive; null: ever) up to {@code until}. */
    @Transactional
    public List<RoadmapAction> completedBetween(String tool, Instant after, Instant until) {
        return list(tool).stream().filter(a -> a.status == ActionStatus.DONE && a.completedAt != null
                && (after == null || a.completedAt.isAfter(after)) && !a.completedAt.isAfter(until)).toList();
    }

    private void setStatus(RoadmapAction action, ActionStatus status) {
        if (status.isFinished() && !action.status.isFinished()) {
            action.completedAt = clock.instant();
        } else if (!status.isFinished()) {
            action.completedAt = null;
        }
        action.status = status;
    }

    private static LocalDate dueDate(String due, List<FieldError> errors) {
        if (due == null || due.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(due.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("due", "invalid-date", "give the due date as yyyy-mm-dd, e.g. 2027-03-31"));
            return null;
        }
    }

    private static ActionStatus status(String status, ActionStatus absent, List<FieldError> errors) {
        if (status == null || status.isBlank()) {
            return absent;
        }
        Optional<ActionStatus> known = ActionStatus.fromId(status.trim());
        if (known.isEmpty()) {
            errors.add(FieldError.of("status", "invalid-choice",
                    "must be one of planned, in-progress, done, dropped"));
        }
        return known.orElse(absent);
    }
}
