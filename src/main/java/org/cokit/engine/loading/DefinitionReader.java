package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.i18n.Language;

/**
 * The reading of one definition file, shared by the loaders of every kind: the file parsed with its lines, the
 * problems found so far (duplicate keys and schema violations first), the translations it lacks, and helpers for
 * the checks every kind makes. A loader's reading carries on past faults, skipping whatever is malformed (the
 * schema's messages already cover that), so that one pass reports everything wrong with the file.
 */
public class DefinitionReader {

    protected final SourceFile file;
    protected final YamlTree tree;
    private final ElementNamer namer;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> missingTranslations = new ArrayList<>();

    /**
     * Parses {@code file} and checks it against {@code schema}.
     *
     * @throws DefinitionException when the file is not one well-formed YAML document
     */
    public DefinitionReader(SourceFile file, DefinitionSchema schema) {
        this.file = file;
        this.tree = YamlTree.parse(file.name(), file.content());
        this.namer = schema.namer();
        for (YamlTree.DuplicateKey duplicate : tree.duplicateKeys()) {
            problem(duplicate.line(), place(duplicate.objectPointer()).element() + ": key '" + duplicate.key()
                    + "' is given twice");
        }
        problems.addAll(schema.check(file.name(), tree));
    }

    public SourceFile file() {
        return file;
    }

    public YamlTree tree() {
        return tree;
    }

    /** Whether anything is wrong so far. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws every problem found, in the order of their lines, if there is any. */
    public void throwIfProblems() {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line));
            throw new DefinitionException(sorted);
        }
    }

    /** The texts lacking a translation, in the order of their lines. */
    public List<Problem> missingTranslations() {
        List<Problem> missing = new ArrayList<>(missingTranslations);
        missing.sort(Comparator.comparingInt(Problem::line));
        return List.copyOf(missing);
    }

    public void problem(int line, String message) {
        problems.add(new Problem(file.name(), line, message));
    }

    /** A problem at the line of {@code pointer}, said of the element the pointer falls in. */
    public void problemAt(String pointer, String message) {
        problem(tree.line(pointer), place(pointer).element() + ": " + message);
    }

    public ElementPlace place(String pointer) {
        return namer.place(tree.root(), pointer);
    }

    public JsonNode node(String pointer) {
        return tree.root().at(pointer);
    }

    /** The text at {@code pointer}, noting the languages it lacks; {@link LocalizedText#NONE} when absent. */
    public LocalizedText localized(String pointer) {
        JsonNode node = node(pointer);
        if (!node.isObject()) {
            return LocalizedText.NONE;
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = text(node.path(language.tag()));
            if (text != null) {
                texts.put(language, text);
            }
        }
        LocalizedText localized = new LocalizedText(texts);
        Set<Language> missing = localized.missing();
        if (!missing.isEmpty() && !missing.contains(Language.FALLBACK)) {
            ElementPlace place = place(pointer);
            missingTranslations.add(new Problem(file.name(), tree.line(pointer), place.element() + ": "
                    + place.fieldOr("text") + " has no " + missing.stream().map(Language::tag)
                            .collect(Collectors.joining(", ")) + " translation; English is shown instead"));
        }
        return localized;
    }

    /** Records {@code id} as used; a second use is a problem naming the line of the first. */
    public boolean unique(Map<String, Integer> used, String id, String pointer, String kind) {
        if (id == null) {
            return false;
        }
        int line = tree.line(pointer + "/id");
        Integer first = used.putIfAbsent(id, line);
        if (first != null) {
            problem(line, place(pointer).element() + ": the " + kind + " id '" + id + "' is used twice (first on line "
                    + first + ")");
            return false;
        }
        return true;
    }

    /**
     * A file must be named {@code <id>.yaml} (the newest version) or {@code <id>.v<version>.yaml}; {@code kind}
     * names the definition in the message, e.g. {@code questionnaire}.
     */
    public void checkFileName(String kind, String id, int version) {
        String name = file.fileName();
        if (id == null || version < 1 || !name.endsWith(".yaml")) {
            return;
        }
        String base = name.substring(0, name.length() - ".yaml".length());
        if (!base.equals(id) && !base.equals(id + ".v" + version)) {
            problem(tree.line("/id"), kind + " '" + id + "': the file of version " + version + " must be named " + id
                    + ".yaml (the newest version) or " + id + ".v" + version + ".yaml");
        }
    }

    /** A non-blank string, else null. */
    public static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    public static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
