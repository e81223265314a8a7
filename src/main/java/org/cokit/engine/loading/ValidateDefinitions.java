package org.cokit.engine.loading;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command for content authors: validates every questionnaire file and prints each problem with its file and line,
 * without starting the server. Argument: the folder (default {@code questionnaires}). Exit status 1 when a file
 * has a problem; missing translations are printed as warnings only. See {@code questionnaires/README.md}.
 */
public final class ValidateDefinitions {

    private ValidateDefinitions() {
    }

    public static void main(String[] args) {
        int status = run(Path.of(args.length > 0 ? args[0] : "questionnaires"), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Validates the files of {@code folder}, printing to {@code out}; returns the exit status. */
    static int run(Path folder, PrintStream out) {
        if (!Files.isDirectory(folder)) {
            out.println(folder + ": no such folder");
            return 2;
        }
        List<SourceFile> files = QuestionnaireFiles.inFolder(folder);
        try {
            QuestionnaireLoader.Loaded loaded = new QuestionnaireLoader().loadAll(files);
            loaded.missingTranslations().forEach(p -> out.println("warning: " + p));
            out.printf("%d questionnaire file(s) in %s are valid%s%n", files.size(), folder,
                    loaded.missingTranslations().isEmpty() ? ""
                            : "; " + loaded.missingTranslations().size() + " text(s) lack a translation");
            return 0;
        } catch (DefinitionException e) {
            e.problems().forEach(out::println);
            out.printf("%d problem(s) in %s%n", e.problems().size(), folder);
            return 1;
        }
    }
}
