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

    /** Not scored yet: the readiness rule set ({@code scoring-rules/coready.yaml}) comes with the CoReady tool. */
    @Override
    public Optional<String> ruleSetId() {
        return Optional.empty();
    }
}
