package org.cokit.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the tool behind an id. */
@ApplicationScoped
public class ToolRegistry {

    private final List<ToolDefinition> tools;

    public ToolRegistry(Instance<ToolDefinition> tools) {
        this.tools = tools.stream().sorted(Comparator.comparing(ToolDefinition::id)).toList();
    }

    public Optional<ToolDefinition> find(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return tools.stream().map(ToolDefinition::id).toList();
    }
}
