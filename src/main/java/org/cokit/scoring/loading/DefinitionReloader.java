package org.cokit.scoring.loading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionRegistry.Catalog;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.PublishedVersions;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.engine.loading.VersionedDefinitions;
import org.cokit.scoring.rules.RuleSet;

/**
 * Reads the questionnaires and rule sets again while the application runs and puts them in use together, and only
 * when every file is sound: rule sets are checked against the questionnaires just read, and a used questionnaire
 * version must keep its questions, as at startup. Otherwise the definitions in use stay as they were.
 */
@ApplicationScoped
public class DefinitionReloader {

    private final QuestionnaireRegistry questionnaires;
    private final RuleSetRegistry ruleSets;
    private final Consumer<List<Questionnaire>> publishedVersions;

    @Inject
    public DefinitionReloader(QuestionnaireRegistry questionnaires, RuleSetRegistry ruleSets,
            PublishedVersions publishedVersions) {
        this(questionnaires, ruleSets, publishedVersions::check);
    }

    DefinitionReloader(QuestionnaireRegistry questionnaires, RuleSetRegistry ruleSets,
            Consumer<List<Questionnaire>> publishedVersions) {
        this.questionnaires = questionnaires;
        this.ruleSets = ruleSets;
        this.publishedVersions = publishedVersions;
    }

    /** The problems that kept the definitions in use as they were; empty when the files read now are in use. */
    public synchronized List<Problem> reload() {
        try {
            Catalog<Questionnaire> newQuestionnaires = questionnaires.read();
            VersionedDefinitions<Questionnaire> lookup = new VersionedDefinitions<>(newQuestionnaires.definitions(),
                    Questionnaire::id, Questionnaire::version);
            Catalog<RuleSet> newRuleSets = ruleSets.read(lookup::find);
            publishedVersions.accept(newQuestionnaires.definitions());
            questionnaires.replace(newQuestionnaires);
            ruleSets.replace(newRuleSets);
            return List.of();
        } catch (DefinitionException e) {
            return e.problems();
        }
    }
}
