package org.cokit.engine.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the questionnaire files to load: every {@code *.yaml} directly in a folder (sub-folders such as
 * {@code schema/} are not read), or, when the folder is not there, in {@code questionnaires/} on the classpath,
 * where the build puts a copy of the project's folder so that the packaged application works on its own.
 */
public final class QuestionnaireFiles {

    /** Where the build copies the top-level {@code questionnaires/} folder inside the application. */
    public static final String CLASSPATH_FOLDER = "questionnaires";

    private QuestionnaireFiles() {
    }

    /** The files in {@code folder} if it exists, else those on the classpath; sorted by name. */
    public static List<SourceFile> find(String folder) {
        Path path = Path.of(folder);
        return Files.isDirectory(path) ? inFolder(path) : onClasspath(QuestionnaireFiles.class.getClassLoader());
    }

    /** Every {@code *.yaml} directly in {@code folder}, named by the folder as given plus the file name. */
    public static List<SourceFile> inFolder(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path path : paths.filter(QuestionnaireFiles::isYaml).sorted().toList()) {
                String name = folder.resolve(path.getFileName()).toString().replace('\\', '/');
                files.add(new SourceFile(name, Files.readString(path, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaires in " + folder, e);
        }
    }

    /** Every {@code *.yaml} directly in {@code questionnaires/} on the classpath, as a folder or inside a jar. */
    public static List<SourceFile> onClasspath(ClassLoader classLoader) {
        // Jars need not list folders as entries, so find the folder through the schema file that always ships in it.
        URL url = classLoader.getResource(QuestionnaireSchema.RESOURCE);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("file")) {
                return inFolder(Path.of(url.toURI()).getParent().getParent()).stream()
                        .map(f -> new SourceFile(CLASSPATH_FOLDER + "/" + f.fileName(), f.content())).toList();
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return inJar(file);
                }
            }
            throw new IllegalStateException("Cannot list the questionnaires beside " + url);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaires beside " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the questionnaires beside " + url, e);
        }
    }

    private static List<SourceFile> inJar(JarFile jar) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        String prefix = CLASSPATH_FOLDER + "/";
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && name.endsWith(".yaml")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        files.sort(Comparator.comparing(SourceFile::name));
        return files;
    }

    private static boolean isYaml(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".yaml");
    }
}
