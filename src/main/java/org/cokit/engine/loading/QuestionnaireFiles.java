package org.cokit.engine.loading;

import java.nio.file.Path;
import java.util.List;

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
        return DefinitionFolder.of(folder, CLASSPATH_FOLDER, QuestionnaireSchema.RESOURCE).yamlFiles();
    }

    /** Every {@code *.yaml} directly in {@code folder}, named by the folder as given plus the file name. */
    public static List<SourceFile> inFolder(Path folder) {
        return DefinitionFolder.directory(folder).yamlFiles();
    }

    /** Every {@code *.yaml} directly in {@code questionnaires/} on the classpath, as a folder or inside a jar. */
    public static List<SourceFile> onClasspath(ClassLoader classLoader) {
        return DefinitionFolder.classpath(classLoader, CLASSPATH_FOLDER, QuestionnaireSchema.RESOURCE).yamlFiles();
    }
}
