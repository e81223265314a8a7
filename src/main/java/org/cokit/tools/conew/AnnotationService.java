package org.cokit.tools.conew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.organisation.OrganisationScope;
import org.cokit.security.RateLimiter;
import org.cokit.security.SecretTokens;

/**
 * The service users' side of a journey (reading it through a public link, annotating a stage, supporting an idea)
 * and the team's moderation of what they wrote. Free text stays inside the organisation.
 */
@ApplicationScoped
public class AnnotationService {

    public static final int MAX_TEXT = 1000;
    static final String ANNOTATION = "annotation";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String REDACTED = "[…]";

    private final JourneyLinkRepository links;
    private final AnnotationRepository annotations;
    private final JourneyService journeys;
    private final OrganisationScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final RateLimiter limiter;

    public AnnotationService(JourneyLinkRepository links, AnnotationRepository annotations, JourneyService journeys,
            OrganisationScope scope, AuditLog audit, Clock clock, ConewConfig config) {
        this.links = links;
        this.annotations = annotations;
        this.journeys = journeys;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.limiter = new RateLimiter(config.rateLimit(), config.rateWindow(), clock);
    }

    /** Too many posts through one link from one address: the user is asked to wait. */
    public static class TooManyRequestsException extends RuntimeException {
        public TooManyRequestsException() {
            super("Too many annotations through this link for now; please try again later");
        }
    }

    /** How a vote went: counted now, or this browser had already supported the idea. */
    public enum VoteOutcome {
        COUNTED, ALREADY
    }

    /** The open link's journey as users see it, with the published ideas and their support. */
    @Transactional
    public PublicJourneyView publicJourney(String token) {
        JourneyLink link = openLink(token);
        Journey journey = link.journey;
        JourneyService.load(journey);
        Map<Long, Long> support = supportOf(journey.id);
        Map<Long, List<PublicJourneyView.PublicIdea>> ideas = new HashMap<>();
        Annotation.<Annotation>list("journey.id = ?1 and status = ?2 and idea is not null order by createdAt, id",
                journey.id, AnnotationStatus.PUBLISHED).forEach(a -> ideas.computeIfAbsent(a.stage.id,
                        k -> new ArrayList<>()).add(new PublicJourneyView.PublicIdea(a.id, a.idea,
                                support.getOrDefault(a.id, 0L))));
        ideas.values().forEach(l -> l.sort((x, y) -> Long.compare(y.support(), x.support())));
        return new PublicJourneyView(journey.title, journey.persona, journey.service.name, journey.organisation.name,
                journey.stages.stream().map(s -> new PublicJourneyView.PublicStage(s.id, s.place + 1, s.name,
                        s.userAction, s.touchpoints.stream().map(JourneyView.TouchpointView::of).toList(),
                        ideas.getOrDefault(s.id, List.of()))).toList());
    }

    /**
     * Takes a service user's annotation into the moderation queue. A filled-in honeypot is answered as if all went
     * well, and nothing is stored (empty).
     *
     * @param client the client's address, for the rate limit per link
     */
    @Transactional
    public Optional<Annotation> annotate(String token, AnnotationRequest request, Language language, String client) {
        JourneyLink link = openLink(token);
        AnnotationRequest r = InvalidInputException.requireBody(request);
        if (!limiter.tryAcquire("annotate:" + link.id + ":" + client)) {
            throw new TooManyRequestsException();
        }
        if (r.website() != null && !r.website().isBlank()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        Stage stage = r.stageId() == null ? null : link.journey.stages.stream()
                .filter(s -> s.id.equals(r.stageId())).findFirst().orElse(null);
        if (stage == null) {
            errors.add(FieldError.of("stageId", r.stageId() == null ? "required" : "invalid-choice",
                    "name a stage of this journey"));
        }
        if (r.feeling() != null && (r.feeling() < 1 || r.feeling() > 5)) {
            errors.add(new FieldError("feeling", "out-of-range", "must be between 1 and 5",
                    Map.of("min", 1, "max", 5)));
        }
        String problem = JourneyService.blankToNull(r.problem());
        String idea = JourneyService.blankToNull(r.idea());
        tooLong(errors, "problem", problem, MAX_TEXT);
        tooLong(errors, "idea", idea, MAX_TEXT);
        if (r.feeling() == null && problem == null && idea == null && errors.stream()
                .noneMatch(e -> !e.field().equals("stageId"))) {
            errors.add(FieldError.of("feeling", "nothing-said",
                    "say how the stage felt, what went wrong or an idea: at least one of them"));
        }
        boolean contact = Boolean.TRUE.equals(r.contact());
        String name = contact ? JourneyService.blankToNull(r.contactName()) : null;
        String email = contact ? JourneyService.blankToNull(r.contactEmail()) : null;
        if (contact) {
            tooLong(errors, "contactName", name, 200);
            tooLong(errors, "contactEmail", email, 254);
            if (email == null) {
                errors.add(FieldError.of("contactEmail", "required", "give an e-mail address to be contacted"));
            } else if (!EMAIL.matcher(email).matches()) {
                errors.add(FieldError.of("contactEmail", "email", "must be an e-mail address"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Annotation annotation = new Annotation();
        annotation.journey = link.journey;
        annotation.stage = stage;
        annotation.link = link;
        annotation.feeling = r.feeling();
        annotation.problem = problem;
        annotation.idea = idea;
        annotation.language = language.tag();
        annotation.contactName = name;
        annotation.contactEmail = email;
        annotation.status = AnnotationStatus.PENDING;
        annotation.createdAt = clock.instant();
        annotation.persist();
        return Optional.of(annotation);
    }

    /**
     * This browser's support for a published idea of the link's journey, counted once per browser.
     *
     * @param voter the browser's random voter id (from its cookie); only its hash is stored
     */
    @Transactional
    public Optional<VoteOutcome> vote(String token, long annotationId, String voter, String client) {
        JourneyLink link = openLink(token);
        if (!limiter.tryAcquire("vote:" + link.id + ":" + client)) {
            throw new TooManyRequestsException();
        }
        Annotation annotation = Annotation.findById(annotationId);
        if (annotation == null || !annotation.journey.id.equals(link.journey.id)
                || annotation.status != AnnotationStatus.PUBLISHED || annotation.idea == null
                || !SecretTokens.isPlausible(voter)) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(voter);
        if (AnnotationVote.count("annotation.id = ?1 and voterHash = ?2", annotationId, hash) > 0) {
            return Optional.of(VoteOutcome.ALREADY);
        }
        AnnotationVote vote = new AnnotationVote();
        vote.annotation = annotation;
        vote.voterHash = hash;
        vote.createdAt = clock.instant();
        vote.persist();
        return Optional.of(VoteOutcome.COUNTED);
    }

    /** The journey's annotations for moderation, oldest first; all or of one status. Empty without the journey. */
    @Transactional
    public Optional<List<AnnotationView>> list(long journeyId, AnnotationStatus status) {
        return journeys.find(journeyId).map(j -> {
            Map<Long, Long> support = supportOf(j.id);
            return annotations.ofJourney(j.organisation.id, j.id, status).stream()
                    .map(a -> AnnotationView.of(a, support.getOrDefault(a.id, 0L))).toList();
        });
    }

    /** Publishes, hides, merges or redacts an annotation; every decision is kept in the audit log. */
    @Transactional
    public Optional<AnnotationView> moderate(long journeyId, long annotationId, ModerationRequest request) {
        Optional<Journey> journey = journeys.find(journeyId);
        Optional<Annotation> found = journey.flatMap(j -> annotations.find(j.organisation.id, annotationId))
                .filter(a -> a.journey.id == journeyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ModerationRequest r = InvalidInputException.requireBody(request);
        Annotation a = found.get();
        String who = scope.caller().orElseThrow().email();
        String action = r.action() == null ? "" : r.action().trim();
        String details;
        switch (action) {
            case "publish" -> {
                a.status = AnnotationStatus.PUBLISHED;
                a.hiddenReason = null;
                a.mergedInto = null;
                details = null;
            }
            case "hide" -> {
                String reason = JourneyService.blankToNull(r.reason());
                if (reason == null) {
                    throw new InvalidInputException(FieldError.of("reason", "required", "say why it is hidden"));
                }
                List<FieldError> errors = new ArrayList<>();
                tooLong(errors, "reason", reason, 500);
                if (!errors.isEmpty()) {
                    throw new InvalidInputException(errors);
                }
                a.status = AnnotationStatus.HIDDEN;
                a.hiddenReason = reason;
                a.mergedInto = null;
                details = "reason=" + reason;
            }
            case "merge" -> {
                Annotation target = r.mergeInto() == null ? null
                        : annotations.find(a.journey.organisation.id, r.mergeInto())
                                .filter(t -> t.journey.id == journeyId).orElse(null);
                if (target == null || target.id.equals(a.id) || target.status == AnnotationStatus.MERGED
                        || target.status == AnnotationStatus.HIDDEN) {
                    throw new InvalidInputException(FieldError.of("mergeInto", target == null && r.mergeInto() == null
                            ? "required" : "invalid-choice",
                            "name another pending or published annotation of this journey"));
                }
                Annotation.update("mergedInto = ?1 where mergedInto = ?2", target, a);
                a.status = AnnotationStatus.MERGED;
                a.mergedInto = target;
                a.hiddenReason = null;
                details = "into=" + target.id;
            }
            case "redact" -> {
                String problem = r.problem();
                String idea = r.idea();
                if (problem == null && idea == null) {
                    throw new InvalidInputException(FieldError.of("problem", "required",
                            "give the new text of the problem or the idea"));
                }
                List<FieldError> errors = new ArrayList<>();
                tooLong(errors, "problem", problem, MAX_TEXT);
                tooLong(errors, "idea", idea, MAX_TEXT);
                if (!errors.isEmpty()) {
                    throw new InvalidInputException(errors);
                }
                List<String> fields = new ArrayList<>();
                if (problem != null && a.problem != null) {
                    a.problem = problem.isBlank() ? REDACTED : problem.trim();
                    fields.add("problem");
                }
                if (idea != null && a.idea != null) {
                    a.idea = idea.isBlank() ? REDACTED : idea.trim();
                    fields.add("idea");
                }
                if (fields.isEmpty()) {
                    throw new ConflictException("problem", "nothing-to-redact", "the annotation has no such text");
                }
                a.redactedBy = who;
                a.redactedAt = clock.instant();
                // the removed text is personal data: the log names the fields, not what they said
                audit.record(a.journey.organisation.id, AuditAction.ANNOTATION_REDACTED, ANNOTATION, a.id,
                        a.stage.name, "fields=" + String.join(",", fields));
                return Optional.of(AnnotationView.of(a, supportOf(journeyId).getOrDefault(a.id, 0L)));
            }
            default -> throw new InvalidInputException(FieldError.of("action", "invalid-choice",
                    "must be publish, hide, merge or redact"));
        }
        a.moderatedBy = who;
        a.moderatedAt = clock.instant();
        String audited = switch (action) {
            case "publish" -> AuditAction.ANNOTATION_PUBLISHED;
            case "hide" -> AuditAction.ANNOTATION_HIDDEN;
            default -> AuditAction.ANNOTATION_MERGED;
        };
        audit.record(a.journey.organisation.id, audited, ANNOTATION, a.id, a.stage.name, details);
        return Optional.of(AnnotationView.of(a, supportOf(journeyId).getOrDefault(a.id, 0L)));
    }

    /**
     * Votes per annotation of a journey, a merged duplicate's added to the annotation it was merged into.
     */
    Map<Long, Long> supportOf(long journeyId) {
        Map<Long, Long> support = new HashMap<>();
        List<Object[]> rows = Annotation.getEntityManager().createQuery("select coalesce(m.id, a.id), count(v)"
                + " from AnnotationVote v join v.annotation a left join a.mergedInto m where a.journey.id = :journey"
                + " group by coalesce(m.id, a.id)", Object[].class).setParameter("journey", journeyId)
                .getResultList();
        for (Object[] row : rows) {
            support.merge(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), Long::sum);
        }
        return support;
    }

    private JourneyLink openLink(String token) {
        if (!SecretTokens.isPlausible(token)) {
            throw new PublicLinkException(false);
        }
        JourneyLink link = links.findByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> new PublicLinkException(false));
        if (!link.isOpen(clock.instant())) {
            throw new PublicLinkException(true);
        }
        return link;
    }

    private static void tooLong(List<FieldError> errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "too-long", "at most " + max + " characters", Map.of("max", max)));
        }
    }
}
