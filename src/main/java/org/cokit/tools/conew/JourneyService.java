package org.cokit.tools.conew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.security.SecretTokens;
import org.cokit.tools.coserve.Channel;
import org.cokit.tools.coserve.CoServeService;
import org.cokit.tools.coserve.Service;
import org.cokit.tools.coserve.ServiceRepository;

/** Building journeys of the caller's organisation (stages, touchpoints) and handing out their public links. */
@ApplicationScoped
public class JourneyService {

    static final String LINK = "journey-link";

    private final JourneyRepository journeys;
    private final JourneyLinkRepository links;
    private final ServiceRepository services;
    private final CoServeService coServe;
    private final OrganisationScope scope;
    private final InputValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    public JourneyService(JourneyRepository journeys, JourneyLinkRepository links, ServiceRepository services,
            CoServeService coServe, OrganisationScope scope, InputValidator validator, AuditLog audit, Clock clock) {
        this.journeys = journeys;
        this.links = links;
        this.services = services;
        this.coServe = coServe;
        this.scope = scope;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** A link just created, with its token: the only moment the token is known. */
    public record CreatedLink(JourneyLink link, String token) {
    }

    @Transactional
    public List<Journey> list() {
        return scope.ownOrganisationId().map(org -> {
            List<Journey> all = journeys.list(org);
            all.forEach(JourneyService::load);
            return all;
        }).orElse(List.of());
    }

    /** The journey with its stages, touchpoints and service loaded. */
    @Transactional
    public Optional<Journey> find(long journeyId) {
        Optional<Journey> journey = scope.ownOrganisationId().flatMap(org -> journeys.find(org, journeyId));
        journey.ifPresent(JourneyService::load);
        return journey;
    }

    /** The journey of the service organisation {@code organisationId} chose to renew (its newest one), if any. */
    @Transactional
    public Optional<Journey> ofChosenService(long organisationId) {
        Optional<Journey> journey = coServe.chosen(organisationId)
                .flatMap(c -> journeys.newestOf(organisationId, c.serviceId()));
        journey.ifPresent(JourneyService::load);
        return journey;
    }

    @Transactional
    public List<JourneyLink> links(long journeyId) {
        return scope.ownOrganisationId().map(org -> links.ofJourney(org, journeyId)).orElse(List.of());
    }

    @Transactional
    public Journey create(JourneyRequest request) {
        JourneyRequest r = InvalidInputException.requireBody(request);
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(r));
        if (r.stages() != null) {
            for (int i = 0; i < r.stages().size(); i++) {
                StageRequest stage = r.stages().get(i);
                if (stage != null && stage.touchpoints() != null) {
                    errors.addAll(channelErrors("stages[" + i + "].", stage.touchpoints()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Caller caller = scope.caller().orElseThrow();
        long org = scope.ownOrganisationId().orElseThrow(() -> new InvalidInputException(
                FieldError.of("serviceId", "no-organisation", "only members of an organisation build journeys")));
        Long serviceId = r.serviceId() != null ? r.serviceId()
                : coServe.chosen(org).map(CoServeService.ChosenService::serviceId).orElseThrow(() ->
                        new InvalidInputException(FieldError.of("serviceId", "required",
                                "no service is chosen for renewal yet: name one")));
        Service service = services.find(org, serviceId).orElseThrow(() -> new InvalidInputException(
                FieldError.of("serviceId", "invalid-choice", "no such service in your organisation")));
        Journey journey = new Journey();
        journey.organisation = service.organisation;
        journey.service = service;
        journey.title = r.title().trim();
        journey.persona = blankToNull(r.persona());
        journey.createdBy = caller.email();
        journey.createdAt = clock.instant();
        if (r.stages() != null) {
            for (StageRequest s : r.stages()) {
                journey.stages.add(newStage(journey, s));
            }
        }
        journey.renumber();
        journey.persist();
        return journey;
    }

    /** Adds a stage at the end. */
    @Transactional
    public Optional<Stage> addStage(long journeyId, StageRequest request) {
        Optional<Journey> found = find(journeyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StageRequest r = InvalidInputException.requireBody(request);
        checkStage(r);
        return found.map(journey -> {
            Stage stage = newStage(journey, r);
            journey.stages.add(stage);
            journey.renumber();
            stage.persist();
            return stage;
        });
    }

    /** Changes a stage's name and what the user does; its touchpoints too when the request lists them. */
    @Transactional
    public Optional<Stage> updateStage(long journeyId, long stageId, StageRequest request) {
        Optional<Stage> found = stage(journeyId, stageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StageRequest r = InvalidInputException.requireBody(request);
        checkStage(r);
        return found.map(stage -> {
            stage.name = r.name().trim();
            stage.userAction = blankToNull(r.userAction());
            if (r.touchpoints() != null) {
                stage.touchpoints.clear();
                r.touchpoints().forEach(t -> stage.touchpoints.add(newTouchpoint(stage, t)));
                renumber(stage.touchpoints);
            }
            return stage;
        });
    }

    /** Moves a stage one place earlier ({@code up}) or later; at either end nothing changes. */
    @Transactional
    public Optional<Journey> moveStage(long journeyId, long stageId, String direction) {
        return find(journeyId).flatMap(journey -> {
            int index = indexOf(journey.stages, stageId);
            if (index < 0) {
                return Optional.empty();
            }
            if (!"up".equals(direction) && !"down".equals(direction)) {
                throw new InvalidInputException(FieldError.of("direction", "invalid-choice", "must be up or down"));
            }
            int other = "up".equals(direction) ? index - 1 : index + 1;
            if (other >= 0 && other < journey.stages.size()) {
                Collections.swap(journey.stages, index, other);
                journey.renumber();
            }
            return Optional.of(journey);
        });
    }

    /** Removes a stage that has no annotations; one that has is refused, as its feedback would vanish. */
    @Transactional
    public boolean deleteStage(long journeyId, long stageId) {
        Optional<Journey> journey = find(journeyId);
        if (journey.isEmpty() || indexOf(journey.get().stages, stageId) < 0) {
            return false;
        }
        if (Annotation.count("stage.id", stageId) > 0) {
            throw new ConflictException("stage", "stage-has-annotations",
                    "the stage has annotations; it cannot be removed");
        }
        journey.get().stages.remove(indexOf(journey.get().stages, stageId));
        journey.get().renumber();
        return true;
    }

    @Transactional
    public Optional<Touchpoint> addTouchpoint(long journeyId, long stageId, TouchpointRequest request) {
        Optional<Stage> found = stage(journeyId, stageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TouchpointRequest r = InvalidInputException.requireBody(request);
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(r));
        errors.addAll(channelErrors("", List.of(r)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return found.map(stage -> {
            Touchpoint touchpoint = newTouchpoint(stage, r);
            stage.touchpoints.add(touchpoint);
            renumber(stage.touchpoints);
            touchpoint.persist();
            return touchpoint;
        });
    }

    @Transactional
    public boolean removeTouchpoint(long journeyId, long stageId, long touchpointId) {
        return stage(journeyId, stageId).map(stage -> {
            boolean removed = stage.touchpoints.removeIf(t -> t.id == touchpointId);
            renumber(stage.touchpoints);
            return removed;
        }).orElse(false);
    }

    /** A new public link with a fresh 128-bit token; empty when there is no such journey. */
    @Transactional
    public Optional<CreatedLink> createLink(long journeyId, LinkRequest request) {
        Optional<Journey> found = find(journeyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LinkRequest r = InvalidInputException.requireBody(request);
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(r));
        String channel = blankToNull(r.channel());
        if (channel != null && Channel.fromId(channel).isEmpty()) {
            errors.add(FieldError.of("channel", "invalid-choice", "unknown channel; known: " + Channel.ids()));
        }
        java.time.Instant closesAt = null;
        if (r.closesOn() != null && !r.closesOn().isBlank()) {
            try {
                LocalDate date = LocalDate.parse(r.closesOn().trim());
                closesAt = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                if (!closesAt.isAfter(clock.instant())) {
                    errors.add(FieldError.of("closesOn", "out-of-range", "must be today or later"));
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("closesOn", "invalid-date", "must be a date yyyy-mm-dd"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        java.time.Instant closes = closesAt;
        return found.map(journey -> {
            String token = SecretTokens.newToken();
            JourneyLink link = new JourneyLink();
            link.journey = journey;
            link.label = r.label().trim();
            link.channel = channel;
            link.tokenHash = SecretTokens.hash(token);
            link.closesAt = closes;
            link.createdBy = scope.caller().orElseThrow().email();
            link.createdAt = clock.instant();
            link.persist();
            audit.record(journey.organisation.id, AuditAction.JOURNEY_LINK_CREATED, LINK, link.id, link.label,
                    "journey=" + journey.id + (closes == null ? "" : ", closes=" + r.closesOn().trim()));
            return new CreatedLink(link, token);
        });
    }

    /** Revokes a link for good; revoking it again changes nothing. */
    @Transactional
    public Optional<JourneyLink> revokeLink(long journeyId, long linkId) {
        return link(journeyId, linkId).map(link -> {
            if (link.revokedAt == null) {
                link.revokedAt = clock.instant();
                link.revokedBy = scope.caller().orElseThrow().email();
                audit.record(link.journey.organisation.id, AuditAction.JOURNEY_LINK_REVOKED, LINK, link.id, link.label,
                        "journey=" + journeyId);
            }
            return link;
        });
    }

    /** A link of the journey, if the token given is its own (for the printable page, which needs the token). */
    @Transactional
    public Optional<JourneyLink> linkWithToken(long journeyId, long linkId, String token) {
        if (!SecretTokens.isPlausible(token)) {
            return Optional.empty();
        }
        return link(journeyId, linkId).filter(l -> l.tokenHash.equals(SecretTokens.hash(token)));
    }

    private Optional<JourneyLink> link(long journeyId, long linkId) {
        return scope.ownOrganisationId().flatMap(org -> links.find(org, linkId))
                .filter(l -> l.journey.id == journeyId);
    }

    private Optional<Stage> stage(long journeyId, long stageId) {
        return find(journeyId).flatMap(j -> j.stages.stream().filter(s -> s.id == stageId).findFirst());
    }

    private void checkStage(StageRequest r) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(r));
        if (r.touchpoints() != null) {
            errors.addAll(channelErrors("", r.touchpoints()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<FieldError> channelErrors(String prefix, List<TouchpointRequest> touchpoints) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            TouchpointRequest t = touchpoints.get(i);
            if (t != null && t.channel() != null && !t.channel().isBlank()
                    && Channel.fromId(t.channel().trim()).isEmpty()) {
                String field = prefix.isEmpty() && touchpoints.size() == 1 ? "channel"
                        : prefix + "touchpoints[" + i + "].channel";
                errors.add(FieldError.of(field, "invalid-choice", "unknown channel; known: " + Channel.ids()));
            }
        }
        return errors;
    }

    private static Stage newStage(Journey journey, StageRequest r) {
        Stage stage = new Stage();
        stage.journey = journey;
        stage.name = r.name().trim();
        stage.userAction = blankToNull(r.userAction());
        if (r.touchpoints() != null) {
            r.touchpoints().forEach(t -> stage.touchpoints.add(newTouchpoint(stage, t)));
            renumber(stage.touchpoints);
        }
        return stage;
    }

    private static Touchpoint newTouchpoint(Stage stage, TouchpointRequest r) {
        Touchpoint touchpoint = new Touchpoint();
        touchpoint.stage = stage;
        touchpoint.name = r.name().trim();
        touchpoint.channel = r.channel().trim();
        return touchpoint;
    }

    private static void renumber(List<Touchpoint> touchpoints) {
        for (int i = 0; i < touchpoints.size(); i++) {
            touchpoints.get(i).place = i;
        }
    }

    private static int indexOf(List<Stage> stages, long stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id == stageId) {
                return i;
            }
        }
        return -1;
    }

    /** Loads what views show, inside the transaction. */
    static void load(Journey journey) {
        journey.service.name.length();
        journey.stages.forEach(s -> s.touchpoints.size());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
