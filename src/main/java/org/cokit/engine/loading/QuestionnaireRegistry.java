package org.cokit.engine.loading;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.cokit.CokitConfig;
import org.cokit.engine.definition.Questionnaire;
import org.jboss.logging.Logger;

/**
 * Every questionnaire of the application, loaded and validated once at startup from the folder
 * {@code cokit.questionnaires-dir} (else from the copy inside the application). A file with any problem stops the
 * start with a message naming file, line and element. Every version stays available, so that submissions made
 * with an older version stay readable.
 */
@ApplicationScoped
public class QuestionnaireRegistry extends DefinitionRegistry<Questionnaire> {

    private static final Logger LOG = Logger.getLogger(QuestionnaireRegistry.class);

    private final String folder;

    @Inject
    public QuestionnaireRegistry(CokitConfig config) {
        this(config.questionnairesDir());
    }

    QuestionnaireRegistry(String folder) {
        super("Questionnaires", Questionnaire::id, Questionnaire::version);
        this.folder = folder;
    }

    void onStart(@Observes StartupEvent event) {
        loadAtStartup(LOG);
    }

    @Override
    protected Catalog<Questionnaire> load() {
        return load(folder);
    }

    /**
     * Loads the files of {@code folder}.
     *
     * @throws DefinitionException naming every problem, which fails the application's start
     */
    static Catalog<Questionnaire> load(String folder) {
        List<SourceFile> files = QuestionnaireFiles.find(folder);
        QuestionnaireLoader.Loaded loaded = new QuestionnaireLoader().loadAll(files);
        return new Catalog<>(loaded.questionnaires(), loaded.missingTranslations());
    }
}
