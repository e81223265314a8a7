package org.cokit.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** After the package phase: every path the Dockerfile copies exists in the packaged application. */
class DockerImageIT {

    @Test
    void theDockerfilesSourcesExistInTheBuildOutput() {
        Path app = Path.of("target/quarkus-app");
        for (String entry : DockerFilesTest.QUARKUS_APP_LAYOUT) {
            Path path = app.resolve(entry);
            assertTrue(entry.endsWith("/") ? Files.isDirectory(path) : Files.isRegularFile(path),
                    "the Dockerfile copies " + path + ", which the build did not make");
        }
        assertTrue(Files.isRegularFile(app.resolve("quarkus/quarkus-application.dat")), "not a fast-jar build");
    }
}
