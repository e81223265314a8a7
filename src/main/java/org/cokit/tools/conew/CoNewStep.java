package org.cokit.tools.conew;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Role;
import org.cokit.tools.coserve.CoServeService;

/**
 * CoNew's place on the organisation's path: not started until the chosen service has a journey, in progress while
 * users can annotate it, done once it has annotations and no link is open any more.
 */
@ApplicationScoped
public class CoNewStep implements ToolStep {

    public static final String ID = "conew";

    private final JourneyService journeys;
    private final FeedbackService feedback;
    private final CoServeService coServe;
    private final java.time.Clock clock;

    public CoNewStep(JourneyService journeys, FeedbackService feedback, CoServeService coServe, java.time.Clock clock) {
        this.journeys = journeys;
        this.feedback = feedback;
        this.coServe = coServe;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StepStatus status(long organisationId) {
        Optional<Journey> journey = journeys.ofChosenService(organisationId);
        if (journey.isEmpty()) {
            return StepStatus.NOT_STARTED;
        }
        boolean annotated = Annotation.count("journey.id", journey.get().id) > 0;
        boolean open = JourneyLink.<JourneyLink>list("journey.id", journey.get().id).stream()
                .anyMatch(l -> l.isOpen(clock.instant()));
        return annotated && !open ? StepStatus.DONE : StepStatus.IN_PROGRESS;
    }

    @Override
    public Optional<StepAction> nextAction(Caller caller) {
        if (caller.organisationId() == null || !(caller.has(Role.COORDINATOR) || caller.has(Role.MANAGER))) {
            return Optional.empty();
        }
        Optional<Journey> journey = journeys.ofChosenService(caller.organisationId());
        if (journey.isPresent()) {
            return Optional.of(new StepAction("step_next_conew_feedback",
                    "/journeys/" + journey.get().id + "/feedback"));
        }
        if (caller.has(Role.COORDINATOR) && coServe.chosen(caller.organisationId()).isPresent()) {
            return Optional.of(new StepAction("step_next_conew", "/journeys"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> note(Caller caller, Language language) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        ConewMessages m = MessageBundles.get(ConewMessages.class, Localized.Literal.of(language.tag()));
        return feedback.ofChosenService(caller.organisationId())
                .map(f -> m.step_note(f.title(), f.annotations()));
    }
}
