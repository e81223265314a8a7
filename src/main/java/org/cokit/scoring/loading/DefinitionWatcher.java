package org.cokit.scoring.loading;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cokit.CokitConfig;
import org.cokit.engine.loading.Problem;
import org.jboss.logging.Logger;

/**
 * With {@code cokit.definitions.watch} on (as in dev mode), reads questionnaires and rule sets again whenever a
 * file in their folders changes, so an author sees an edit on the next page without a restart, or its problems
 * with file and line in the log while the previous definitions stay in use.
 */
@ApplicationScoped
public class DefinitionWatcher {

    private static final Logger LOG = Logger.getLogger(DefinitionWatcher.class);
    /** Editors save in several steps; changes this close together are read once. */
    private static final long SETTLE_MILLIS = 250;

    private final CokitConfig config;
    private final DefinitionReloader reloader;
    private WatchService watchService;

    public DefinitionWatcher(CokitConfig config, DefinitionReloader reloader) {
        this.config = config;
        this.reloader = reloader;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.watchDefinitions()) {
            return;
        }
        List<Path> folders = Stream.concat(config.questionnairesDir().stream(), config.scoringRulesDir().stream())
                .map(Path::of).filter(Files::isDirectory).distinct().toList();
        if (folders.isEmpty()) {
            return;
        }
        watchService = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        Thread thread = new Thread(this::watch, "cokit-definition-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Watching %s for edited questionnaires and rule sets", folders);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean definitions = changesDefinitions(key);
                WatchKey more;
                while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    definitions |= changesDefinitions(more);
                }
                if (definitions) {
                    report(reloader.reload());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // the application stops
        }
    }

    private static boolean changesDefinitions(WatchKey key) {
        List<String> names = new ArrayList<>();
        key.pollEvents().forEach(e -> names.add(String.valueOf(e.context())));
        key.reset();
        return names.stream().anyMatch(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".dxi"));
    }

    private static void report(List<Problem> problems) {
        if (problems.isEmpty()) {
            LOG.info("Questionnaires and rule sets read again; the edited files are in use");
        } else {
            LOG.errorf("Edited definitions not used, the previous ones stay in use:%n%s",
                    String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
        }
    }
}
