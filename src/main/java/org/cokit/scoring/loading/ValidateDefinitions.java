package org.cokit.scoring.loading;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.QuestionnaireFiles;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.engine.loading.SourceFile;
import org.cokit.engine.loading.VersionedDefinitions;
import org.cokit.scoring.rules.RuleSet;

/**
 * Command for content authors: validates every questionnaire file, then every rule-set file against them, then runs
 * the rule sets' golden cases, and prints each problem with its file and line, without starting the server.
 * Arguments: the questionnaires folder (default {@code questionnaires}) and the rule-set folder (default
 * {@code scoring-rules}). Exit status 1 when anything has a problem or a golden case fails; missing translations
 * and rule sets without golden cases are printed as warnings only. It lives with scoring, not the engine, because
 * rule sets are checked against the questionnaires and the engine may not know of scoring.
 */
public final class ValidateDefinitions {

    private ValidateDefinitions() {
    }

    public static void main(String[] args) {
        int status = run(Path.of(args.length > 0 ? args[0] : "questionnaires"),
                Path.of(args.length > 1 ? args[1] : "scoring-rules"), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Validates the two folders, printing to {@code out}; returns the exit status. */
    static int run(Path questionnaireFolder, Path ruleSetFolder, PrintStream out) {
        for (Path folder : List.of(questionnaireFolder, ruleSetFolder)) {
            if (!Files.isDirectory(folder)) {
                out.println(folder + ": no such folder");
                return 2;
            }
        }
        List<SourceFile> files = QuestionnaireFiles.inFolder(questionnaireFolder);
        QuestionnaireLoader.Loaded questionnaires;
        try {
            questionnaires = new QuestionnaireLoader().loadAll(files);
        } catch (DefinitionException e) {
            e.problems().forEach(out::println);
            out.printf("%d problem(s) in %s; rule sets are checked once the questionnaires are valid%n",
                    e.problems().size(), questionnaireFolder);
            return 1;
        }
        questionnaires.missingTranslations().forEach(p -> out.println("warning: " + p));
        out.printf("%d questionnaire file(s) in %s are valid%s%n", files.size(), questionnaireFolder,
                translations(questionnaires.missingTranslations()));

        VersionedDefinitions<Questionnaire> byId = new VersionedDefinitions<>(questionnaires.questionnaires(),
                Questionnaire::id, Questionnaire::version);
        DefinitionFolder ruleSetFiles = DefinitionFolder.directory(ruleSetFolder);
        RuleSetLoader.Loaded ruleSets;
        try {
            ruleSets = new RuleSetLoader().loadAll(ruleSetFiles, byId::find);
        } catch (DefinitionException e) {
            e.problems().forEach(out::println);
            out.printf("%d problem(s) in %s%n", e.problems().size(), ruleSetFolder);
            return 1;
        }
        ruleSets.missingTranslations().forEach(p -> out.println("warning: " + p));
        out.printf("%d rule set file(s) in %s are valid%s%n", ruleSetFiles.yamlFiles().size(), ruleSetFolder,
                translations(ruleSets.missingTranslations()));
        return golden(ruleSets.ruleSets(), byId, ruleSetFolder.resolve(GoldenCases.FOLDER), out);
    }

    private static int golden(List<RuleSet> loaded, VersionedDefinitions<Questionnaire> questionnaires, Path folder,
            PrintStream out) {
        VersionedDefinitions<RuleSet> ruleSets = new VersionedDefinitions<>(loaded, RuleSet::id, RuleSet::version);
        List<SourceFile> files = Files.isDirectory(folder) ? DefinitionFolder.directory(folder).yamlFiles() : List.of();
        List<Problem> failures = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        int cases = 0;
        for (SourceFile file : files) {
            List<Problem> problems = GoldenCases.check(file, ruleSets::find, questionnaires::find);
            failures.addAll(problems);
            covered.add(file.fileName().replaceFirst("\\.yaml$", ""));
            try {
                cases += GoldenCases.read(file).cases().size();
            } catch (DefinitionException e) {
                // check(...) has reported it
            }
        }
        for (RuleSet ruleSet : loaded) {
            if (covered.add(ruleSet.id())) {
                out.println("warning: rule set '" + ruleSet.id() + "' has no golden cases; add "
                        + folder.resolve(ruleSet.id() + ".yaml"));
            }
        }
        failures.forEach(out::println);
        if (!failures.isEmpty()) {
            out.printf("%d golden case problem(s) in %s%n", failures.size(), folder);
            return 1;
        }
        out.printf("%d golden case(s) in %d file(s) in %s pass%n", cases, files.size(), folder);
        return 0;
    }

    private static String translations(List<Problem> missing) {
        return missing.isEmpty() ? "" : "; " + missing.size() + " text(s) lack a translation";
    }
}
