package org.cokit.scoring.loading;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cokit.CokitConfig;
import org.cokit.engine.ToolDefinition;
import org.cokit.engine.ToolRegistry;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.DefinitionRegistry;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.engine.loading.VersionedDefinitions;
import org.cokit.scoring.rules.RuleSet;
import org.jboss.logging.Logger;

/**
 * Every rule set of the application, loaded and validated once at startup from the folders
 * {@code cokit.scoring-rules-dir} (else from the copy inside the application), against the questionnaires of
 * {@link QuestionnaireRegistry}. A file with any problem stops the start with a message naming file, line and node;
 * so does a tool whose rule set is missing or scores another questionnaire. Every version stays available, so that
 * results of assessments made with an older version can be recomputed.
 */
@ApplicationScoped
public class RuleSetRegistry extends DefinitionRegistry<RuleSet> {

    /** Where the build copies the top-level {@code scoring-rules/} folder inside the application. */
    public static final String CLASSPATH_FOLDER = "scoring-rules";

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    private final List<String> folders;
    private final Function<String, Optional<Questionnaire>> questionnaires;
    private final List<ToolDefinition> tools;

    @Inject
    public RuleSetRegistry(CokitConfig config, QuestionnaireRegistry questionnaires, ToolRegistry tools) {
        this(config.scoringRulesDir(), questionnaires::find,
                tools.ids().stream().map(id -> tools.find(id).orElseThrow()).toList());
    }

    RuleSetRegistry(String folder, Function<String, Optional<Questionnaire>> questionnaires,
            List<ToolDefinition> tools) {
        this(List.of(folder), questionnaires, tools);
    }

    RuleSetRegistry(List<String> folders, Function<String, Optional<Questionnaire>> questionnaires,
            List<ToolDefinition> tools) {
        super("Rule sets", RuleSet::id, RuleSet::version);
        this.folders = List.copyOf(folders);
        this.questionnaires = questionnaires;
        this.tools = List.copyOf(tools);
    }

    void onStart(@Observes StartupEvent event) {
        loadAtStartup(LOG);
    }

    /**
     * Loads the files of every folder and checks that no id and version is defined twice and the tools'
     * references.
     *
     * @throws DefinitionException naming every problem, which fails the application's start
     */
    @Override
    protected Catalog<RuleSet> load() {
        return read(questionnaires);
    }

    /**
     * Reads every rule set against the given questionnaires (e.g. ones read again but not in use yet), without
     * changing what is in use.
     *
     * @throws DefinitionException naming every problem
     */
    public Catalog<RuleSet> read(Function<String, Optional<Questionnaire>> questionnaires) {
        List<RuleSet> loadedRuleSets = new ArrayList<>();
        List<Problem> missingTranslations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        List<DefinitionFolder> definitionFolders = DefinitionFolder.of(folders, CLASSPATH_FOLDER,
                RuleSetSchema.RESOURCE);
        for (DefinitionFolder definitions : definitionFolders) {
            RuleSetLoader.Loaded loaded = new RuleSetLoader().loadAll(definitions, questionnaires);
            for (RuleSet ruleSet : loaded.ruleSets()) {
                String earlier = sources.putIfAbsent(ruleSet.id() + " v" + ruleSet.version(), ruleSet.info().source());
                if (earlier != null) {
                    problems.add(new Problem(ruleSet.info().source(), 0, "rule set '" + ruleSet.id() + "' version "
                            + ruleSet.version() + " is defined in " + earlier + " already"));
                } else {
                    loadedRuleSets.add(ruleSet);
                }
            }
            missingTranslations.addAll(loaded.missingTranslations());
        }
        VersionedDefinitions<RuleSet> ruleSets = new VersionedDefinitions<>(loadedRuleSets, RuleSet::id,
                RuleSet::version);
        String folderNames = String.join(", ", definitionFolders.stream().map(DefinitionFolder::name).toList());
        for (ToolDefinition tool : tools) {
            tool.ruleSetId().ifPresent(id -> {
                Optional<RuleSet> ruleSet = ruleSets.find(id);
                if (ruleSet.isEmpty()) {
                    problems.add(new Problem(folderNames, 0, "tool '" + tool.id() + "' is scored by rule set"
                            + " '" + id + "', which is not there"));
                } else if (!ruleSet.get().questionnaire().equals(tool.questionnaireId())) {
                    problems.add(new Problem(ruleSet.get().info().source(), 0, "rule set '" + id + "' scores"
                            + " questionnaire '" + ruleSet.get().questionnaire() + "', but tool '" + tool.id()
                            + "' is answered with '" + tool.questionnaireId() + "'"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return new Catalog<>(loadedRuleSets, missingTranslations);
    }
}
