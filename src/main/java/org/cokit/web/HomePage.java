package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;

/** The start page: an introduction for visitors, the organisation's four steps for members. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    OrganisationScope scope;

    @Inject
    Instance<ToolStep> steps;

    @Inject
    RequestLanguage language;

    /** One step as the page shows it; all texts are message keys. */
    public record StepView(int number, String nameKey, String textKey, String statusKey, String actionKey,
            String actionHref, String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance welcome();

        static native TemplateInstance home(String name, String organisationName, String roles, List<StepView> steps);
    }

    @GET
    public TemplateInstance get() {
        Optional<Caller> caller = scope.caller();
        if (caller.isEmpty()) {
            return Templates.welcome();
        }
        Caller c = caller.get();
        Messages m = language.messages();
        String roles = String.join(", ", c.roles().stream().sorted().map(r -> roleLabel(r, m)).toList());
        if (c.organisationId() == null) {
            return Templates.home(c.displayName(), null, roles, List.of());
        }
        Organisation organisation = scope.organisation(c.organisationId()).orElseThrow();
        List<StepView> views = steps.stream().sorted(Comparator.comparingInt(ToolStep::order))
                .map(step -> view(step, c, language.get())).toList();
        return Templates.home(c.displayName(), organisation.name, roles, views);
    }

    private static StepView view(ToolStep step, Caller caller, org.cokit.i18n.Language language) {
        ToolStep.StepStatus status = step.status(caller.organisationId());
        Optional<ToolStep.StepAction> action = step.nextAction(caller);
        String actionKey = action.map(ToolStep.StepAction::messageKey).orElse(status == ToolStep.StepStatus.COMING
                ? "step_next_not_available" : "step_next_wait_coordinator");
        return new StepView(step.order(), "step_" + step.id() + "_name", "step_" + step.id() + "_text",
                "step_status_" + status.name().toLowerCase(java.util.Locale.ROOT), actionKey,
                action.map(ToolStep.StepAction::href).orElse(null), step.note(caller, language).orElse(null));
    }

    static String roleLabel(Role role, Messages m) {
        return switch (role) {
            case RESPONDENT -> m.role_respondent();
            case COORDINATOR -> m.role_coordinator();
            case MANAGER -> m.role_manager();
            case ADMIN -> m.role_admin();
        };
    }
}
