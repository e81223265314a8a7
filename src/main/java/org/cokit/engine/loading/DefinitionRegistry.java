package org.cokit.engine.loading;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jboss.logging.Logger;

/**
 * What the registries of YAML definitions (questionnaires, rule sets) share: load every file once, on first use
 * (at the latest at startup, so a bad file stops the start), then look definitions up by id and version.
 *
 * @param <T> the definition record
 */
public abstract class DefinitionRegistry<T> {

    private String kind;
    private Function<T, String> id;
    private ToIntFunction<T> version;
    private volatile Loaded<T> loaded;

    /** For the CDI client proxy only, which delegates every call to the real instance. */
    protected DefinitionRegistry() {
    }

    protected DefinitionRegistry(String kind, Function<T, String> id, ToIntFunction<T> version) {
        this.kind = kind;
        this.id = id;
        this.version = version;
    }

    /** The loaded definitions and the texts that fall back to English. */
    public record Catalog<T>(List<T> definitions, List<Problem> missingTranslations) {
    }

    /**
     * Reads and checks every file.
     *
     * @throws DefinitionException naming every problem, which fails the application's start
     */
    protected abstract Catalog<T> load();

    /** Loads now (if not yet) and logs what was loaded; each registry calls it from its startup observer. */
    protected void loadAtStartup(Logger log) {
        Loaded<T> loaded = loaded();
        log.infof("%s loaded: %d (%s)", kind, loaded.definitions.all().size(),
                loaded.definitions.all().stream().map(d -> id.apply(d) + " v" + version.applyAsInt(d)).toList());
        loaded.missingTranslations.forEach(log::warn);
    }

    /** The newest version of definition {@code id}. */
    public Optional<T> find(String definitionId) {
        return loaded().definitions.find(definitionId);
    }

    /** One version of definition {@code id}, e.g. the one an older assessment was made with. */
    public Optional<T> find(String definitionId, int definitionVersion) {
        return loaded().definitions.find(definitionId, definitionVersion);
    }

    /** Every version of every definition, by id then version. */
    public List<T> all() {
        return loaded().definitions.all();
    }

    /**
     * Reads and checks every file again without changing what is in use; {@link #replace} puts it in use.
     *
     * @throws DefinitionException naming every problem
     */
    public Catalog<T> read() {
        return load();
    }

    /** Puts definitions read again in use, for every lookup from now on. */
    public synchronized void replace(Catalog<T> catalog) {
        loaded = new Loaded<>(new VersionedDefinitions<>(catalog.definitions(), id, version),
                catalog.missingTranslations());
    }

    /** Texts that show English because a translation is missing, with file and line. */
    public List<Problem> missingTranslations() {
        return loaded().missingTranslations;
    }

    private Loaded<T> loaded() {
        Loaded<T> current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    Catalog<T> catalog = load();
                    current = new Loaded<>(new VersionedDefinitions<>(catalog.definitions(), id, version),
                            catalog.missingTranslations());
                    loaded = current;
                }
            }
        }
        return current;
    }

    private record Loaded<T>(VersionedDefinitions<T> definitions, List<Problem> missingTranslations) {
    }
}
