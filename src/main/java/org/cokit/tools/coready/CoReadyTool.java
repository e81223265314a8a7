package org.cokit.tools.coready;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolDefinition;

/** CoReady as the engine runs it: the organisation assesses itself with the readiness questionnaire. */
@ApplicationScoped
public class CoReadyTool implements ToolDefinition {

    public static final String ID = "coready";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String questionnaireId() {
        return "coready";
    }

    /** Scored with the readiness model and its roadmap ({@code scoring-rules/coready.yaml}). */
    @Override
    public Optional<String> ruleSetId() {
        return Optional.of("coready");
    }
}
