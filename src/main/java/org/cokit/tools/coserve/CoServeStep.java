package org.cokit.tools.coserve;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.engine.answers.AssessmentProgress;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Role;

/**
 * CoServe's place on the organisation's path: in progress once services are listed, done once one is chosen (the
 * home page then names it).
 */
@ApplicationScoped
public class CoServeStep implements ToolStep {

    private final AssessmentProgress progress;
    private final CoServeService services;

    public CoServeStep(AssessmentProgress progress, CoServeService services) {
        this.progress = progress;
        this.services = services;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public String id() {
        return CoServeTool.ID;
    }

    @Override
    public StepStatus status(long organisationId) {
        if (services.chosen(organisationId).isPresent()) {
            return StepStatus.DONE;
        }
        boolean started = services.hasServices(organisationId)
                || progress.statusOf(organisationId, CoServeTool.ID) != StepStatus.NOT_STARTED;
        return started ? StepStatus.IN_PROGRESS : StepStatus.NOT_STARTED;
    }

    @Override
    public Optional<StepAction> nextAction(Caller caller) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        boolean open = progress.hasOpen(caller.organisationId(), CoServeTool.ID);
        if (open && caller.has(Role.RESPONDENT) && !caller.has(Role.COORDINATOR)) {
            return Optional.of(new StepAction("step_next_answer", "/assessments"));
        }
        if (caller.has(Role.COORDINATOR) || caller.has(Role.MANAGER)) {
            return Optional.of(new StepAction("step_next_coserve", "/services/ranking"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> note(Caller caller, Language language) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        ServeMessages m = MessageBundles.get(ServeMessages.class, Localized.Literal.of(language.tag()));
        return services.chosen(caller.organisationId()).map(c -> m.step_note_chosen(c.name()));
    }
}
