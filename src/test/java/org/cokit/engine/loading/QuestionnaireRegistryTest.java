package org.cokit.engine.loading;

import static org.cokit.engine.QuestionnaireFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.cokit.engine.definition.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's files: a folder (or the copy in the jar), every version kept, a bad file failing the start. */
class QuestionnaireRegistryTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyFolderStartsWithNoQuestionnaires() throws IOException {
        Files.writeString(folder.resolve("README.md"), "# Questionnaires\n");
        Files.createDirectories(folder.resolve("schema"));
        Files.writeString(folder.resolve("schema/not-a-questionnaire.yaml"), "sub-folders are not read: [\n");
        QuestionnaireRegistry registry = new QuestionnaireRegistry(folder.toString());
        assertEquals(List.of(), registry.all());
        assertTrue(registry.find("sample").isEmpty());
        assertEquals(List.of(), registry.missingTranslations());
    }

    @Test
    void everyVersionStaysAddressableAndTheNewestIsTheDefault() throws IOException {
        String sample = source("valid/sample.yaml").content();
        Files.writeString(folder.resolve("sample.yaml"), sample);
        Files.writeString(folder.resolve("sample.v1.yaml"), sample.replace("version: 2", "version: 1")
                .replace("Sample questionnaire", "Sample questionnaire - first edition"));
        QuestionnaireRegistry registry = new QuestionnaireRegistry(folder.toString());

        assertEquals(2, registry.find("sample").orElseThrow().version());
        Questionnaire first = registry.find("sample", 1).orElseThrow();
        assertEquals("Sample questionnaire - first edition", first.title().toString());
        assertEquals(folder.resolve("sample.v1.yaml").toString().replace('\\', '/'), first.source());
        assertTrue(registry.find("sample", 3).isEmpty());
        assertTrue(registry.find("other", 1).isEmpty());
        assertEquals(List.of(1, 2), registry.all().stream().map(Questionnaire::version).toList());
        assertEquals(2, registry.missingTranslations().size());
    }

    @Test
    void aBadFileFailsTheStartNamingFileAndLine() throws IOException {
        Files.writeString(folder.resolve("unknown-type.yaml"), source("bad/unknown-type.yaml").content());
        QuestionnaireRegistry registry = new QuestionnaireRegistry(folder.toString());
        DefinitionException e = assertThrows(DefinitionException.class, () -> registry.onStart(null));
        String file = folder.resolve("unknown-type.yaml").toString().replace('\\', '/');
        assertTrue(e.getMessage().startsWith(file + ":13: question 'many-users': unknown type 'yesno'"),
                e.getMessage());
    }

    @Test
    void theCopyInsideTheJarIsReadWhenTheFolderIsMissing() throws IOException {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "questionnaires/sample.yaml", source("valid/sample.yaml").content());
            add(out, "questionnaires/README.md", "# Questionnaires\n");
            add(out, "questionnaires/schema/questionnaire.schema.json", "{}");
            add(out, "questionnaires/old/ignored.yaml", "not: [read\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<SourceFile> files = QuestionnaireFiles.onClasspath(loader);
            assertEquals(List.of("questionnaires/sample.yaml"), files.stream().map(SourceFile::name).toList());
            assertEquals("sample", new QuestionnaireLoader().loadAll(files).questionnaires().get(0).id());
        }
        // Without the folder, the application's own copy (here: the build's target/classes) is read instead.
        assertEquals(QuestionnaireFiles.onClasspath(getClass().getClassLoader()),
                QuestionnaireFiles.find(folder.resolve("missing").toString()));
    }

    private static void add(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
