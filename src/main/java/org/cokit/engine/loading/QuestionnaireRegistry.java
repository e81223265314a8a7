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
 * Every questionnaire of the application, loaded and validated once at startup from the folders
 * {@code cokit.questionnaires-dir} (a missing one: the copy inside the application). A file with any problem stops the
 * start with a message naming file, line and element. Every version stays available, so that submissions made
 * with an older version stay readable.
 */
@ApplicationScoped
public class QuestionnaireRegistry extends DefinitionRegistry<Questionnaire> {

    private static final Logger LOG = Logger.getLogger(QuestionnaireRegistry.class);

    private final List<String> folders;

    @Inject
    public QuestionnaireRegistry(CokitConfig config) {
        this(config.questionnairesDir());
    }

    /** A registry of other folders than the configured ones, e.g. for checking files. */
    public QuestionnaireRegistry(String... folders) {
        this(List.of(folders));
    }

    QuestionnaireRegistry(List<String> folders) {
        super("Questionnaires", Questionnaire::id, Questionnaire::version);
        this.folders = List.copyOf(folders);
    }

    void onStart(@Observes StartupEvent event) {
        loadAtStartup(LOG);
    }

    @Override
    protected Catalog<Questionnaire> load() {
        return load(folders);
    }

    /**
     * Loads the files of every folder together, so that an id and version defined in two folders is refused too.
     *
     * @throws DefinitionException naming every problem, which fails the application's start
     */
    static Catalog<Questionnaire> load(List<String> folders) {
        List<SourceFile> files = DefinitionFolder.of(folders, QuestionnaireFiles.CLASSPATH_FOLDER,
                QuestionnaireSchema.RESOURCE).stream().flatMap(folder -> folder.yamlFiles().stream()).toList();
        QuestionnaireLoader.Loaded loaded = new QuestionnaireLoader().loadAll(files);
        return new Catalog<>(loaded.questionnaires(), loaded.missingTranslations());
    }
}
