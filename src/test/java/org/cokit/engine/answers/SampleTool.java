package org.cokit.engine.answers;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolDefinition;

/** A tool that exists only in tests, answered with the sample questionnaire of the test fixtures. */
@ApplicationScoped
public class SampleTool implements ToolDefinition {

    public static final String ID = "sample-tool";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String questionnaireId() {
        return "sample";
    }

    @Override
    public Optional<String> ruleSetId() {
        return Optional.of("sample-dex");
    }
}
