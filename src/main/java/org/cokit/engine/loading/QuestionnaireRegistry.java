package org.cokit.engine.loading;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
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
public class QuestionnaireRegistry {

    private static final Logger LOG = Logger.getLogger(QuestionnaireRegistry.class);

    private final String folder;
    private volatile Catalog catalog;

    @Inject
    public QuestionnaireRegistry(CokitConfig config) {
        this(config.questionnairesDir());
    }

    QuestionnaireRegistry(String folder) {
        this.folder = folder;
    }

    void onStart(@Observes StartupEvent event) {
        Catalog loaded = catalog();
        LOG.infof("Questionnaires loaded: %d (%s)", loaded.questionnaires.all().size(),
                loaded.questionnaires.all().stream().map(q -> q.id() + " v" + q.version()).toList());
        loaded.missingTranslations.forEach(p -> LOG.warn(p));
    }

    /** The newest version of questionnaire {@code id}. */
    public Optional<Questionnaire> find(String id) {
        return catalog().questionnaires.find(id);
    }

    /** One version of questionnaire {@code id}, e.g. the one an older submission was made with. */
    public Optional<Questionnaire> find(String id, int version) {
        return catalog().questionnaires.find(id, version);
    }

    /** Every version of every questionnaire, by id then version. */
    public List<Questionnaire> all() {
        return catalog().questionnaires.all();
    }

    /** Texts that show English because a translation is missing, with file and line. */
    public List<Problem> missingTranslations() {
        return catalog().missingTranslations;
    }

    private Catalog catalog() {
        Catalog current = catalog;
        if (current == null) {
            synchronized (this) {
                current = catalog;
                if (current == null) {
                    current = load(folder);
                    catalog = current;
                }
            }
        }
        return current;
    }

    /**
     * Loads the files of {@code folder}.
     *
     * @throws DefinitionException naming every problem, which fails the application's start
     */
    static Catalog load(String folder) {
        List<SourceFile> files = QuestionnaireFiles.find(folder);
        QuestionnaireLoader.Loaded loaded = new QuestionnaireLoader().loadAll(files);
        return new Catalog(new VersionedDefinitions<>(loaded.questionnaires(), Questionnaire::id,
                Questionnaire::version), loaded.missingTranslations());
    }

    record Catalog(VersionedDefinitions<Questionnaire> questionnaires, List<Problem> missingTranslations) {
    }
}
