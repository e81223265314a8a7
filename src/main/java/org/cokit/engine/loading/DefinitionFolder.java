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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of definition files: a folder on disk, or, when that is not there, its copy on the classpath (as a
 * folder or inside a jar), where the build puts the project's top-level folder so that the packaged application
 * works on its own. Gives every {@code *.yaml} directly in it (sub-folders such as {@code schema/} are not read)
 * and reads other files beside them by name, such as a DEXi model a rule set names.
 */
public final class DefinitionFolder {

    private final Path directory;
    private final ClassLoader classLoader;
    private final String classpathFolder;
    private final String marker;

    private DefinitionFolder(Path directory, ClassLoader classLoader, String classpathFolder, String marker) {
        this.directory = directory;
        this.classLoader = classLoader;
        this.classpathFolder = classpathFolder;
        this.marker = marker;
    }

    /**
     * {@code folder} if it exists, else {@code classpathFolder} on the classpath, found through {@code marker}: a
     * resource that always ships in it (jars need not list folders as entries), e.g. its schema.
     */
    public static DefinitionFolder of(String folder, String classpathFolder, String marker) {
        Path path = Path.of(folder);
        return Files.isDirectory(path) ? directory(path)
                : classpath(DefinitionFolder.class.getClassLoader(), classpathFolder, marker);
    }

    /** {@link #of(String, String, String)} for each folder; several missing ones stand for the classpath copy once. */
    public static List<DefinitionFolder> of(List<String> folders, String classpathFolder, String marker) {
        Map<String, DefinitionFolder> distinct = new LinkedHashMap<>();
        for (String folder : folders) {
            DefinitionFolder definitions = of(folder, classpathFolder, marker);
            distinct.putIfAbsent(definitions.name(), definitions);
        }
        return List.copyOf(distinct.values());
    }

    public static DefinitionFolder directory(Path folder) {
        return new DefinitionFolder(folder, null, null, null);
    }

    public static DefinitionFolder classpath(ClassLoader classLoader, String classpathFolder, String marker) {
        return new DefinitionFolder(null, classLoader, classpathFolder, marker);
    }

    /** Every {@code *.yaml} directly in the folder, sorted by name, each named by the folder plus its file name. */
    public List<SourceFile> yamlFiles() {
        return directory != null ? inDirectory(directory) : onClasspath();
    }

    /**
     * The bytes of the file {@code fileName} directly in the folder; empty when there is none or when the name
     * reaches outside the folder.
     */
    public Optional<byte[]> read(String fileName) {
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            return Optional.empty();
        }
        try {
            if (directory != null) {
                Path file = directory.resolve(fileName);
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            }
            try (InputStream in = classLoader.getResourceAsStream(classpathFolder + "/" + fileName)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName + " beside the definitions", e);
        }
    }

    /** How messages name the folder: the path as given, or the classpath folder. */
    public String name() {
        return directory != null ? directory.toString().replace('\\', '/') : classpathFolder;
    }

    private static List<SourceFile> inDirectory(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path path : paths.filter(DefinitionFolder::isYaml).sorted().toList()) {
                String name = folder.resolve(path.getFileName()).toString().replace('\\', '/');
                files.add(new SourceFile(name, Files.readString(path, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the definitions in " + folder, e);
        }
    }

    private List<SourceFile> onClasspath() {
        URL url = classLoader.getResource(marker);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("file")) {
                Path folder = Path.of(url.toURI());
                for (int depth = Path.of(marker).getNameCount() - Path.of(classpathFolder).getNameCount(); depth > 0;
                        depth--) {
                    folder = folder.getParent();
                }
                return inDirectory(folder).stream()
                        .map(f -> new SourceFile(classpathFolder + "/" + f.fileName(), f.content())).toList();
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return inJar(file);
                }
            }
            throw new IllegalStateException("Cannot list the definitions beside " + url);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the definitions beside " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the definitions beside " + url, e);
        }
    }

    private List<SourceFile> inJar(JarFile jar) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        String prefix = classpathFolder + "/";
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
