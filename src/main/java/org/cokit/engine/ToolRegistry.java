package org.cokit.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.jboss.logging.Logger;

/**
 * Finds the tool behind an id. A tool whose questionnaire is not loaded is left out (with a warning), so an
 * installation without a tool's files offers only the tools it can run.
 */
@ApplicationScoped
public class ToolRegistry {

    private static final Logger LOG = Logger.getLogger(ToolRegistry.class);

    private final List<ToolDefinition> tools;

    public ToolRegistry(Instance<ToolDefinition> tools, QuestionnaireRegistry questionnaires) {
        this.tools = tools.stream().filter(tool -> {
            boolean loaded = questionnaires.find(tool.questionnaireId()).isPresent();
            if (!loaded) {
                LOG.warnf("Tool '%s' is not offered: its questionnaire '%s' is not loaded", tool.id(),
                        tool.questionnaireId());
            }
            return loaded;
        }).sorted(Comparator.comparing(ToolDefinition::id)).toList();
    }

    public Optional<ToolDefinition> find(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return tools.stream().map(ToolDefinition::id).toList();
    }
}
