package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolDefinition;

/**
 * CoMaster as the engine runs it: everyone who took part in a co-creation (staff, service users, partners) assesses
 * its quality, each in their participant role.
 */
@ApplicationScoped
public class CoMasterTool implements ToolDefinition {

    public static final String ID = "comaster";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String questionnaireId() {
        return "comaster";
    }

    /** Scored with the quality dimensions and their recommendations ({@code scoring-rules/comaster.yaml}). */
    @Override
    public Optional<String> ruleSetId() {
        return Optional.of("comaster");
    }
}
