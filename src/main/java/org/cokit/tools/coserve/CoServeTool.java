package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolDefinition;

/** CoServe as the engine runs it: each candidate service is assessed on its own, with the suitability rule set. */
@ApplicationScoped
public class CoServeTool implements ToolDefinition {

    public static final String ID = "coserve";

    private final ServiceRepository services;

    public CoServeTool(ServiceRepository services) {
        this.services = services;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String questionnaireId() {
        return "coserve";
    }

    @Override
    public Optional<String> ruleSetId() {
        return Optional.of("coserve");
    }

    @Override
    public boolean assessesSubject() {
        return true;
    }

    @Override
    public boolean subjectExists(long organisationId, long subjectId) {
        return services.find(organisationId, subjectId).isPresent();
    }
}
