package org.cokit.scoring.loading;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.DefinitionReader;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.SourceFile;
import org.cokit.engine.loading.YamlTree;
import org.cokit.scoring.dex.DexAggregation;
import org.cokit.scoring.dex.DexAttribute;
import org.cokit.scoring.dex.DexFunction;
import org.cokit.scoring.dex.DexModel;
import org.cokit.scoring.dex.DexScale;
import org.cokit.scoring.dex.DexiDocument;
import org.cokit.scoring.dex.DexiFormatException;
import org.cokit.scoring.dex.DexiReader;
import org.cokit.scoring.rules.Action;
import org.cokit.scoring.rules.AnswerMapping;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.Band;
import org.cokit.scoring.rules.Bands;
import org.cokit.scoring.rules.DexInput;
import org.cokit.scoring.rules.LevelCondition;
import org.cokit.scoring.rules.Recommendation;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.RuleSetKind;
import org.cokit.scoring.rules.Scale;
import org.cokit.scoring.rules.WeightedInput;
import org.cokit.scoring.rules.WeightedNode;

/**
 * Reads rule-set YAML files into {@link RuleSet}s: first against the published JSON Schema, then everything a
 * schema cannot check: references between inputs, nodes and scales; the questionnaire and its questions, and
 * whether each answer type fits its input; decision tables expanded, complete, agreeing and monotone; the
 * recommendations' conditions; a DEXi model standing in for scales and nodes. Every problem of every file is
 * collected and thrown together in one {@link DefinitionException}, each with its file and line. Missing
 * translations are not errors; they are returned with the result, as for questionnaires.
 *
 * <p>Thread-safe and meant to be made once: building the schema takes a moment.
 */
public final class RuleSetLoader {

    private final RuleSetSchema schema = new RuleSetSchema();

    /** One file's rule set and the translations it lacks. */
    public record LoadedFile(RuleSet ruleSet, List<Problem> missingTranslations) {
    }

    /** Every rule set of a folder (each version of each id once) and the translations they lack. */
    public record Loaded(List<RuleSet> ruleSets, List<Problem> missingTranslations) {
    }

    /**
     * Loads every {@code *.yaml} of {@code folder}, then checks that no id and version is defined twice.
     *
     * @param questionnaires the questionnaire (newest version) with an id, for the references to questions
     * @throws DefinitionException naming every problem of every file
     */
    public Loaded loadAll(DefinitionFolder folder, Function<String, Optional<Questionnaire>> questionnaires) {
        List<Problem> problems = new ArrayList<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        List<Problem> missing = new ArrayList<>();
        Map<String, RuleSet> byIdAndVersion = new HashMap<>();
        for (SourceFile file : folder.yamlFiles()) {
            try {
                LoadedFile loaded = load(file, folder, questionnaires);
                RuleSet ruleSet = loaded.ruleSet();
                RuleSet other = byIdAndVersion.putIfAbsent(ruleSet.id() + "@" + ruleSet.version(), ruleSet);
                if (other != null) {
                    problems.add(new Problem(file.name(), 0, "rule set '" + ruleSet.id() + "' version "
                            + ruleSet.version() + " is also defined in " + other.info().source()
                            + "; raise the version of the newer one"));
                    continue;
                }
                ruleSets.add(ruleSet);
                missing.addAll(loaded.missingTranslations());
            } catch (DefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        ruleSets.sort(Comparator.comparing(RuleSet::id).thenComparing(RuleSet::version));
        return new Loaded(List.copyOf(ruleSets), List.copyOf(missing));
    }

    /**
     * Loads one file; a DEXi model it names is read from {@code folder}.
     *
     * @throws DefinitionException naming every problem found in it
     */
    public LoadedFile load(SourceFile file, DefinitionFolder folder,
            Function<String, Optional<Questionnaire>> questionnaires) {
        Reading reading = new Reading(file, folder, questionnaires);
        RuleSet ruleSet = reading.ruleSet();
        reading.throwIfProblems();
        return new LoadedFile(ruleSet, reading.missingTranslations());
    }

    /** An input or node as read, before the rule set is put together. */
    private record Draft(String id, String pointer, boolean input, Scale scale, LocalizedText title,
            String question, List<String> from) {

        Attribute attribute() {
            return new Attribute(id, title, scale, question, from);
        }
    }

    /** Entries of an input's map or points: the answer keys in answer order and the pointer of each value. */
    private record Entries(List<String> keys, List<String> pointers, AnswerMapping mapping) {
    }

    /** The reading of one file into a rule set. */
    private final class Reading extends DefinitionReader {

        private final DefinitionFolder folder;
        private final Function<String, Optional<Questionnaire>> questionnaires;
        private Questionnaire questionnaire;
        private String questionnaireId;
        private final Map<String, Draft> inputs = new LinkedHashMap<>();
        private final Map<String, Draft> nodes = new LinkedHashMap<>();

        Reading(SourceFile file, DefinitionFolder folder, Function<String, Optional<Questionnaire>> questionnaires) {
            super(file, schema);
            this.folder = folder;
            this.questionnaires = questionnaires;
        }

        RuleSet ruleSet() {
            JsonNode root = tree.root();
            String id = text(root.path("id"));
            int version = root.path("version").isIntegralNumber() ? root.path("version").asInt() : 0;
            checkFileName("rule set", id, version);
            LocalizedText title = localized("/title");
            localized("/description");
            questionnaireId = text(root.path("questionnaire"));
            if (questionnaireId != null) {
                questionnaire = questionnaires.apply(questionnaireId).orElse(null);
                if (questionnaire == null) {
                    problemAt("/questionnaire", "questionnaire '" + questionnaireId + "' does not exist");
                }
            }
            RuleSetKind kind = RuleSetKind.fromId(text(root.path("kind"))).orElse(null);
            if (kind == null || id == null || questionnaireId == null) {
                return null;
            }
            RuleSet.Info info = new RuleSet.Info(id, version, questionnaireId, title, file.name());
            try {
                if (kind == RuleSetKind.WEIGHTED) {
                    return weighted(info);
                }
                return root.has("model") ? dexModel(info) : dex(info);
            } catch (IllegalArgumentException e) {
                // The checks above should leave nothing for the records to refuse; if they do, say so plainly.
                problem(1, "rule set '" + id + "': " + e.getMessage());
                return null;
            }
        }

        // ---- dex: scales, inputs and nodes in the file ------------------------------------------------------

        private RuleSet dex(RuleSet.Info info) {
            Map<String, Scale> scales = scales();
            Map<String, DexInput> mappings = new LinkedHashMap<>();
            for (String id : keys("/inputs")) {
                String pointer = YamlTree.child("/inputs", id);
                refuse(pointer, "points", "'points' are for weighted rule sets; a dex input maps answers to values"
                        + " of its scale with 'map'");
                Scale scale = scaleOf(pointer, scales, "input");
                Question question = question(pointer);
                inputs.put(id, new Draft(id, pointer, true, scale, localized(pointer + "/title"),
                        question == null ? null : question.id(), List.of()));
                if (question != null && scale != null) {
                    DexInput mapping = dexMapping(pointer, id, question, scale);
                    if (mapping != null) {
                        mappings.put(id, mapping);
                    }
                }
            }
            for (String id : keys("/nodes")) {
                String pointer = YamlTree.child("/nodes", id);
                for (String field : List.of("aggregate", "bands")) {
                    refuse(pointer, field, "'" + field + "' is for weighted rule sets; a dex node states its"
                            + " decision table with 'rules', 'count' or 'weights'");
                }
                nodes.put(id, new Draft(id, pointer, false, scaleOf(pointer, scales, "node"),
                        localized(pointer + "/title"), null, strings(pointer + "/from")));
            }
            String root = text(tree.root().path("root"));
            List<Draft> order = checkTree(root);
            Map<String, DexFunction> tables = new HashMap<>();
            for (Draft node : nodes.values()) {
                DexFunction table = table(node);
                if (table != null) {
                    tables.put(node.id(), table);
                }
            }
            List<Draft> all = allDrafts();
            List<Recommendation> recommendations = recommendations(all);
            if (hasProblems() || order == null) {
                return null;
            }
            Map<String, DexAttribute> built = new HashMap<>();
            for (Draft draft : order) {
                built.put(draft.id(), draft.input() ? DexAttribute.basic(draft.id(), draft.id(), draft.scale().values())
                        : DexAttribute.aggregate(draft.id(), draft.id(), draft.scale().values(),
                                tables.get(draft.id()), draft.from().stream().map(built::get).toList()));
            }
            DexModel model = new DexModel(info.id(), "", List.of(built.get(root)));
            return RuleSet.dex(info, all.stream().map(Draft::attribute).toList(), root, model,
                    List.copyOf(mappings.values()), recommendations);
        }

        private Map<String, Scale> scales() {
            Map<String, Scale> scales = new LinkedHashMap<>();
            for (String id : keys("/scales")) {
                String pointer = YamlTree.child("/scales", id);
                List<String> values = strings(pointer + "/values");
                Set<String> distinct = new LinkedHashSet<>(values);
                if (distinct.size() != values.size()) {
                    problemAt(pointer + "/values", "a value is listed twice");
                    continue;
                }
                Set<String> bad = groupValues(pointer, "bad", values);
                Set<String> good = groupValues(pointer, "good", values);
                for (String value : bad) {
                    if (good.contains(value)) {
                        problemAt(pointer + "/good", "'" + value + "' cannot be both bad and good");
                    }
                }
                List<LocalizedText> labels = new ArrayList<>();
                for (String key : keys(pointer + "/labels")) {
                    if (!values.contains(key)) {
                        problemAt(YamlTree.child(pointer + "/labels", key), "a label for '" + key
                                + "', which is not one of the values " + values);
                    }
                }
                List<DexScale.Value> dexValues = new ArrayList<>();
                for (String value : values) {
                    DexScale.Group group = bad.contains(value) ? DexScale.Group.BAD
                            : good.contains(value) ? DexScale.Group.GOOD : DexScale.Group.NEUTRAL;
                    dexValues.add(new DexScale.Value(value, "", group));
                    labels.add(localized(YamlTree.child(pointer + "/labels", value)));
                }
                if (values.size() >= 2 && values.size() <= DexScale.MAX_VALUES) {
                    scales.put(id, new Scale(id, DexScale.discrete(DexScale.Order.ASCENDING, dexValues), labels));
                }
            }
            return scales;
        }

        private Set<String> groupValues(String scalePointer, String group, List<String> values) {
            Set<String> members = new LinkedHashSet<>();
            List<String> listed = strings(scalePointer + "/" + group);
            for (int i = 0; i < listed.size(); i++) {
                if (!values.contains(listed.get(i))) {
                    problemAt(YamlTree.child(scalePointer + "/" + group, i), "'" + listed.get(i) + "' in '" + group
                            + "' is not one of the values " + values);
                } else {
                    members.add(listed.get(i));
                }
            }
            return members;
        }

        private Scale scaleOf(String pointer, Map<String, Scale> scales, String what) {
            String id = text(node(pointer + "/scale"));
            if (id == null) {
                if (node(pointer).isObject()) {
                    problemAt(pointer, "missing field 'scale' (every " + what + " of a dex rule set has one)");
                }
                return null;
            }
            Scale scale = scales.get(id);
            if (scale == null && !node("/scales/" + id).isObject()) {
                problemAt(pointer + "/scale", "scale '" + id + "' is not defined (scales: "
                        + String.join(", ", scales.keySet()) + ")");
            }
            return scale;
        }

        /** The decision table of a dex node from 'rules', 'count' or 'weights' (or rules completed by weights). */
        private DexFunction table(Draft node) {
            String pointer = node.pointer();
            boolean rules = node(pointer + "/rules").isArray();
            boolean count = node(pointer + "/count").isObject();
            boolean weights = node(pointer + "/weights").isObject();
            if (!rules && !count && !weights) {
                problemAt(pointer, "needs a decision table: 'rules', 'count' or 'weights'");
                return null;
            }
            if (count && (rules || weights)) {
                problemAt(pointer + "/count", "'count' states the whole table; it cannot be combined with 'rules'"
                        + " or 'weights'");
                return null;
            }
            List<Scale> inputScales = new ArrayList<>();
            for (String from : node.from()) {
                Draft child = inputs.containsKey(from) ? inputs.get(from) : nodes.get(from);
                if (child == null || child.scale() == null) {
                    return null;
                }
                inputScales.add(child.scale());
            }
            if (node.scale() == null || inputScales.isEmpty()) {
                return null;
            }
            DecisionTableBuilder builder = DecisionTableBuilder.of(node.id(), tree.line(pointer), node.from(),
                    inputScales, node.scale(), this::problem);
            if (builder == null) {
                return null;
            }
            boolean readable = true;
            if (rules) {
                readable = rows(node, inputScales, builder);
            }
            if (count) {
                readable = count(node, inputScales, builder);
            }
            if (weights) {
                double[] w = weights(pointer, node.from(), false);
                if (w == null) {
                    return null;
                }
                builder.fillByWeights(w);
            }
            return readable ? builder.finish() : null;
        }

        private boolean rows(Draft node, List<Scale> inputScales, DecisionTableBuilder builder) {
            String pointer = node.pointer() + "/rules";
            JsonNode rows = node(pointer);
            boolean readable = true;
            for (int r = 0; r < rows.size(); r++) {
                String rowPointer = YamlTree.child(pointer, r);
                JsonNode row = rows.path(r);
                if (row.size() != inputScales.size() + 1) {
                    problemAt(rowPointer, "rules[" + (r + 1) + "] has " + row.size() + " cells, but the node needs "
                            + (inputScales.size() + 1) + ": one per input in 'from' order (" + String.join(", ",
                                    node.from()) + ") and the value last");
                    readable = false;
                    continue;
                }
                long[] cells = new long[inputScales.size()];
                boolean ok = true;
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cell(YamlTree.child(rowPointer, c), inputScales.get(c), "input '"
                            + node.from().get(c) + "'", true);
                    ok &= cells[c] != 0;
                }
                long output = cell(YamlTree.child(rowPointer, cells.length), node.scale(), "the node", false);
                if (ok && output != 0) {
                    builder.row(cells, output, tree.line(rowPointer));
                } else {
                    readable = false;
                }
            }
            return readable;
        }

        /**
         * The DEX ordinals one cell covers: a value, {@code a..b}, and for inputs also {@code *}, {@code >=x} and
         * {@code <=x}; 0 (with a problem) when it is not one of these.
         */
        private long cell(String pointer, Scale scale, String of, boolean input) {
            String text = text(node(pointer));
            if (text == null) {
                problemAt(pointer, "a cell must be a value, not " + node(pointer));
                return 0;
            }
            text = text.strip();
            int low;
            int high;
            if (input && text.equals("*")) {
                low = 0;
                high = scale.size() - 1;
            } else if (input && (text.startsWith(">=") || text.startsWith("<="))) {
                int level = level(pointer, scale, text.substring(2).strip(), of);
                if (level < 0) {
                    return 0;
                }
                low = text.startsWith(">=") ? level : 0;
                high = text.startsWith(">=") ? scale.size() - 1 : level;
            } else if (text.contains("..")) {
                int dots = text.indexOf("..");
                low = level(pointer, scale, text.substring(0, dots).strip(), of);
                high = level(pointer, scale, text.substring(dots + 2).strip(), of);
                if (low < 0 || high < 0) {
                    return 0;
                }
                if (low > high) {
                    problemAt(pointer, "'" + text + "' runs from a better value to a worse one; write it worst first");
                    return 0;
                }
            } else {
                low = level(pointer, scale, text, of);
                high = low;
                if (low < 0) {
                    return 0;
                }
            }
            long mask = 0;
            for (int level = low; level <= high; level++) {
                mask |= 1L << scale.ordinal(level);
            }
            return mask;
        }

        private int level(String pointer, Scale scale, String value, String of) {
            int level = scale.levelOf(value);
            if (level < 0) {
                problemAt(pointer, "'" + value + "' is not a value of " + of + " (scale '" + scale.id() + "': "
                        + String.join(", ", scale.valueIds()) + ")");
            }
            return level;
        }

        private boolean count(Draft node, List<Scale> inputScales, DecisionTableBuilder builder) {
            String pointer = node.pointer() + "/count/favourable";
            for (int i = 0; i < inputScales.size(); i++) {
                if (inputScales.get(i).size() != 2) {
                    problemAt(node.pointer() + "/count", "'count' needs inputs with two values (favourable or not),"
                            + " but '" + node.from().get(i) + "' has " + inputScales.get(i).size());
                    return false;
                }
            }
            int inputCount = inputScales.size();
            long[] byCount = new long[inputCount + 1];
            int[] lines = new int[inputCount + 1];
            String[] givenBy = new String[inputCount + 1];
            boolean ok = true;
            for (String key : keys(pointer)) {
                String entry = YamlTree.child(pointer, key);
                if (!key.matches("\\d{1,4}((-|\\.\\.)\\d{1,4})?")) {
                    ok = false; // the schema's message names the key
                    continue;
                }
                String[] bounds = key.contains("..") ? key.split("\\.\\.") : key.split("-");
                int from = Integer.parseInt(bounds[0]);
                int to = Integer.parseInt(bounds[bounds.length - 1]);
                if (from > to || to > inputCount) {
                    problemAt(entry, "'" + key + "' is not a count from 0 to " + inputCount + " (the node has "
                            + inputCount + " inputs)");
                    ok = false;
                    continue;
                }
                long output = cell(entry, node.scale(), "the node", false);
                if (output == 0) {
                    ok = false;
                    continue;
                }
                for (int c = from; c <= to; c++) {
                    if (byCount[c] != 0 && byCount[c] != output) {
                        problemAt(entry, "'" + key + "' and '" + givenBy[c] + "' give different values for " + c
                                + " favourable; counts may overlap only where they give the same value");
                        ok = false;
                    }
                    byCount[c] = output;
                    lines[c] = tree.line(entry);
                    givenBy[c] = key;
                }
            }
            if (!ok) {
                return false;
            }
            List<String> missing = new ArrayList<>();
            for (int c = 0; c <= inputCount; c++) {
                if (byCount[c] == 0) {
                    missing.add(String.valueOf(c));
                }
            }
            if (!missing.isEmpty()) {
                problemAt(node.pointer() + "/count", "no value for " + String.join(", ", missing) + " favourable"
                        + " input(s); every count from 0 to " + inputCount + " needs one");
                return false;
            }
            builder.count(byCount, lines);
            return true;
        }

        /**
         * The weight of each child from {@code pointer + "/weights"}, {@code '*'} standing for the children not
         * named; null (with a problem) when one has none. Weighted aggregation needs every weight above 0.
         */
        private double[] weights(String pointer, List<String> from, boolean positive) {
            String weightsPointer = pointer + "/weights";
            JsonNode weights = node(weightsPointer);
            boolean ok = true;
            for (String key : keys(weightsPointer)) {
                if (!key.equals("*") && !from.contains(key)) {
                    problemAt(YamlTree.child(weightsPointer, key), "'" + key + "' is not in 'from' " + from);
                    ok = false;
                }
            }
            double[] result = new double[from.size()];
            double total = 0;
            for (int i = 0; i < from.size(); i++) {
                JsonNode weight = weights.has(from.get(i)) ? weights.path(from.get(i)) : weights.path("*");
                if (!weight.isNumber()) {
                    problemAt(weightsPointer, "'" + from.get(i) + "' has no weight; give it one or add '*'");
                    ok = false;
                    continue;
                }
                result[i] = weight.doubleValue();
                total += result[i];
                if (positive && result[i] <= 0) {
                    problemAt(weightsPointer, "the weight of '" + from.get(i) + "' must be above 0");
                    ok = false;
                }
            }
            if (ok && !(total > 0)) {
                problemAt(weightsPointer, "at least one weight must be above 0");
                ok = false;
            }
            return ok ? result : null;
        }

        // ---- dex: a DEXi model in place of scales and nodes ---------------------------------------------------

        private RuleSet dexModel(RuleSet.Info info) {
            String modelFile = text(tree.root().path("model"));
            if (modelFile == null || !modelFile.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.dxi")) {
                return null; // the schema's message says what the name must be
            }
            Optional<byte[]> bytes = folder.read(modelFile);
            if (bytes.isEmpty()) {
                problemAt("/model", "the DEXi file '" + modelFile + "' is not in " + folder.name()
                        + " beside the rule set");
                return null;
            }
            DexModel model;
            try {
                DexiDocument document = DexiReader.read(new ByteArrayInputStream(bytes.get()));
                model = document.model();
            } catch (DexiFormatException e) {
                problemAt("/model", modelFile + " cannot be read: " + e.getMessage());
                return null;
            }
            for (DexAttribute attribute : model.attributes()) {
                if (attribute.scale().continuous()) {
                    problemAt("/model", "attribute '" + attribute.id() + "' of " + modelFile + " has a continuous"
                            + " scale; answers map onto discrete scales only");
                    return null;
                }
            }
            Map<String, Scale> scales = modelScales(model, modelFile);
            Set<String> modelInputs = model.inputs().stream().map(DexAttribute::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Map<String, DexInput> mappings = new LinkedHashMap<>();
            for (String id : keys("/inputs")) {
                String pointer = YamlTree.child("/inputs", id);
                if (!modelInputs.contains(id)) {
                    problemAt(pointer, model.find(id).isPresent() ? "'" + id + "' is computed by " + modelFile
                            + "; only its basic attributes take answers (" + String.join(", ", modelInputs) + ")"
                            : "'" + id + "' is not a basic attribute of " + modelFile + " (" + String.join(", ",
                                    modelInputs) + ")");
                    continue;
                }
                refuse(pointer, "scale", "the scale comes from " + modelFile + "; remove 'scale'");
                refuse(pointer, "points", "'points' are for weighted rule sets; map answers with 'map'");
                Question question = question(pointer);
                Scale scale = scales.get(id);
                inputs.put(id, new Draft(id, pointer, true, scale, localized(pointer + "/title"),
                        question == null ? null : question.id(), List.of()));
                if (question != null) {
                    DexInput mapping = dexMapping(pointer, id, question, scale);
                    if (mapping != null) {
                        mappings.put(id, mapping);
                    }
                }
            }
            List<String> unmapped = modelInputs.stream().filter(id -> !inputs.containsKey(id)).toList();
            if (!unmapped.isEmpty()) {
                problemAt("/inputs", "the basic attribute(s) " + quoted(unmapped) + " of " + modelFile
                        + " are not mapped to a question");
            }
            for (DexAttribute attribute : model.attributes()) {
                if (!modelInputs.contains(attribute.id())) {
                    List<String> from = attribute.isLinked() ? List.of(attribute.link())
                            : attribute.inputs().stream().map(DexAttribute::id).toList();
                    nodes.put(attribute.id(), new Draft(attribute.id(), "/model", false, scales.get(attribute.id()),
                            LocalizedText.english(attribute.name()), null, from));
                }
                DexAggregation aggregation = attribute.aggregation();
                if (aggregation instanceof DexFunction function) {
                    checkModelTable(attribute, function, scales);
                }
            }
            String root = text(tree.root().path("root"));
            if (root != null && !nodes.containsKey(root) || root != null && nodes.get(root).from().isEmpty()) {
                problemAt("/root", "'" + root + "' is not an aggregate attribute of " + modelFile + " ("
                        + String.join(", ", nodes.keySet()) + ")");
                return null;
            }
            List<Draft> all = allDrafts();
            List<Recommendation> recommendations = recommendations(all);
            if (hasProblems()) {
                return null;
            }
            return RuleSet.dex(info, all.stream().map(Draft::attribute).toList(), root, model,
                    List.copyOf(mappings.values()), recommendations);
        }

        private Map<String, Scale> modelScales(DexModel model, String modelFile) {
            Map<String, Map<String, LocalizedText>> labels = new HashMap<>();
            for (String id : keys("/labels")) {
                String pointer = YamlTree.child("/labels", id);
                Optional<DexAttribute> attribute = model.find(id);
                if (attribute.isEmpty()) {
                    problemAt(pointer, "'" + id + "' is not an attribute of " + modelFile);
                    continue;
                }
                for (String value : keys(pointer)) {
                    if (attribute.get().scale().indexOf(value) < 0) {
                        problemAt(YamlTree.child(pointer, value), "'" + value + "' is not a value of '" + id + "' ("
                                + attribute.get().scale().values().stream().map(DexScale.Value::name)
                                        .collect(Collectors.joining(", ")) + ")");
                    }
                    labels.computeIfAbsent(id, k -> new HashMap<>()).put(value,
                            localized(YamlTree.child(pointer, value)));
                }
            }
            Map<String, Scale> scales = new HashMap<>();
            for (DexAttribute attribute : model.attributes()) {
                Map<String, LocalizedText> own = labels.getOrDefault(attribute.id(), Map.of());
                List<LocalizedText> texts = attribute.scale().values().stream()
                        .map(v -> own.getOrDefault(v.name(), LocalizedText.NONE)).toList();
                scales.put(attribute.id(), new Scale(attribute.id(), attribute.scale(), texts));
            }
            return scales;
        }

        private void checkModelTable(DexAttribute attribute, DexFunction function, Map<String, Scale> scales) {
            List<String> ids = attribute.inputs().stream().map(DexAttribute::id).toList();
            DecisionTableBuilder builder = DecisionTableBuilder.of(attribute.id(), tree.line("/model"), ids,
                    ids.stream().map(scales::get).toList(), scales.get(attribute.id()), this::problem);
            if (builder != null) {
                builder.table(function);
                builder.finish();
            }
        }

        // ---- weighted -------------------------------------------------------------------------------------

        private RuleSet weighted(RuleSet.Info info) {
            Bands bands = bands("/bands", "bands");
            List<WeightedInput> weightedInputs = new ArrayList<>();
            for (String id : keys("/inputs")) {
                String pointer = YamlTree.child("/inputs", id);
                for (String field : List.of("scale", "map")) {
                    refuse(pointer, field, "'" + field + "' is for dex rule sets; a weighted input gives 'points'"
                            + " per answer");
                }
                Question question = question(pointer);
                inputs.put(id, new Draft(id, pointer, true, bands == null ? null : bands.scale(),
                        localized(pointer + "/title"), question == null ? null : question.id(), List.of()));
                if (question != null) {
                    WeightedInput input = pointsMapping(pointer, id, question, bands);
                    if (input != null) {
                        weightedInputs.add(input);
                    }
                }
            }
            List<WeightedNode> weightedNodes = new ArrayList<>();
            for (String id : keys("/nodes")) {
                String pointer = YamlTree.child("/nodes", id);
                for (String field : List.of("scale", "rules", "count")) {
                    refuse(pointer, field, "'" + field + "' is for dex rule sets; a weighted node combines its"
                            + " children with 'aggregate' (mean, sum or weighted)");
                }
                List<String> from = strings(pointer + "/from");
                WeightedNode.Aggregate aggregate = constant(WeightedNode.Aggregate.class,
                        node(pointer + "/aggregate").asText("mean"), WeightedNode.Aggregate.MEAN);
                double[] weights = null;
                if (aggregate == WeightedNode.Aggregate.WEIGHTED) {
                    if (!node(pointer + "/weights").isObject()) {
                        problemAt(pointer, "aggregate 'weighted' needs 'weights'");
                    } else {
                        weights = weights(pointer, from, true);
                    }
                } else if (node(pointer).has("weights")) {
                    problemAt(pointer + "/weights", "'weights' apply to aggregate: weighted only, not "
                            + aggregate.id());
                }
                Bands own = node(pointer).has("bands") ? bands(pointer + "/bands", id) : bands;
                nodes.put(id, new Draft(id, pointer, false, own == null ? null : own.scale(),
                        localized(pointer + "/title"), null, from));
                if (own != null && (weights != null || aggregate != WeightedNode.Aggregate.WEIGHTED)) {
                    weightedNodes.add(new WeightedNode(id, from, aggregate, weights, own));
                }
            }
            String root = text(tree.root().path("root"));
            List<Draft> order = checkTree(root);
            List<Draft> all = allDrafts();
            List<Recommendation> recommendations = recommendations(all);
            if (hasProblems() || order == null) {
                return null;
            }
            return RuleSet.weighted(info, all.stream().map(Draft::attribute).toList(), root, weightedInputs,
                    weightedNodes, recommendations);
        }

        private Bands bands(String pointer, String owner) {
            JsonNode list = node(pointer);
            if (!list.isArray()) {
                return null;
            }
            List<Band> bands = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            boolean ok = true;
            for (int i = 0; i < list.size(); i++) {
                String bandPointer = YamlTree.child(pointer, i);
                JsonNode band = list.path(i);
                String id = text(band.path("id"));
                if (!band.path("from").isNumber() || !unique(ids, id, bandPointer, "band")) {
                    ok = false;
                    continue;
                }
                double from = band.path("from").doubleValue();
                if (i == 0 && from != 0) {
                    problemAt(bandPointer + "/from", "the first band starts at 0, not " + band.path("from").asText());
                    ok = false;
                }
                if (i > 0 && !bands.isEmpty() && from <= bands.get(bands.size() - 1).from()) {
                    problemAt(bandPointer + "/from", "bands go worst first, so each starts above the one before;"
                            + " " + band.path("from").asText() + " does not");
                    ok = false;
                }
                String group = text(band.path("group"));
                bands.add(new Band(id, from, constant(DexScale.Group.class, group, DexScale.Group.NEUTRAL),
                        localized(bandPointer + "/label")));
            }
            return ok && bands.size() >= 2 ? new Bands(owner, bands) : null;
        }

        // ---- inputs: questions and mappings -----------------------------------------------------------------

        /** The question an input names, or null (with a problem) when the questionnaire does not have it. */
        private Question question(String pointer) {
            String id = text(node(pointer + "/question"));
            if (id == null || questionnaire == null) {
                return null;
            }
            Optional<Question> question = questionnaire.question(id);
            if (question.isEmpty()) {
                problemAt(pointer + "/question", "question '" + id + "' is not in questionnaire '"
                        + questionnaire.id() + "'");
                return null;
            }
            if (questionnaire.sections().stream().anyMatch(s -> s.extra() && s.questions().contains(question.get()))) {
                problemAt(pointer + "/question", "question '" + id + "' is one of this installation's extra questions"
                        + " (" + questionnaire.id() + ".extra.yaml), which are not scored");
                return null;
            }
            if (question.get().type().isText()) {
                problemAt(pointer + "/question", "question '" + id + "' is a " + question.get().type().id()
                        + " question; free text cannot be scored");
                return null;
            }
            return question.get();
        }

        private DexInput dexMapping(String pointer, String id, Question question, Scale scale) {
            String subject = "question '" + question.id() + "' (" + question.type().id() + ")";
            if (question.type() == QuestionType.MULTI) {
                problemAt(pointer + "/question", subject + " gives several options at once, which is not one value"
                        + " of a DEX scale; score it in a weighted rule set or ask a yes-no question per option");
                return null;
            }
            boolean reverse = node(pointer + "/reverse").asBoolean(false);
            if (node(pointer + "/map").isObject()) {
                if (reverse) {
                    problemAt(pointer + "/reverse", "'reverse' turns the default mapping round; with a 'map', write"
                            + " the values the other way round in it instead");
                }
                Entries entries = entries(pointer + "/map", question);
                if (entries == null) {
                    return null;
                }
                long[] masks = new long[entries.keys().size()];
                boolean ok = true;
                for (int e = 0; e < masks.length; e++) {
                    String valuePointer = entries.pointers().get(e);
                    masks[e] = text(node(valuePointer)) != null && text(node(valuePointer)).strip().equals("*")
                            ? scale.values().fullMask()
                            : cell(valuePointer, scale, "input '" + id + "'", false);
                    ok &= masks[e] != 0;
                }
                return ok ? new DexInput(id, entries.mapping(), masks) : null;
            }
            switch (question.type()) {
                case YES_NO -> {
                    if (scale.size() != 2) {
                        problemAt(pointer, subject + " fits a scale of 2 values (worst first, e.g. [no, yes]), but"
                                + " scale '" + scale.id() + "' has " + scale.size() + "; use such a scale or map yes"
                                + " and no to values with 'map'");
                        return null;
                    }
                    return new DexInput(id, AnswerMapping.choices(AnswerMapping.Kind.CHOICE, List.of("yes", "no")),
                            new long[] {1L << scale.ordinal(reverse ? 0 : 1), 1L << scale.ordinal(reverse ? 1 : 0)});
                }
                case SCALE -> {
                    int points = question.options().size();
                    if (scale.size() != points) {
                        problemAt(pointer, subject + " has " + points + " points, so without a map its scale needs"
                                + " " + points + " values, but scale '" + scale.id() + "' has " + scale.size()
                                + "; map the points to values with 'map'");
                        return null;
                    }
                    long[] masks = new long[points];
                    for (int p = 0; p < points; p++) {
                        masks[p] = 1L << scale.ordinal(reverse ? points - 1 - p : p);
                    }
                    return new DexInput(id, AnswerMapping.choices(AnswerMapping.Kind.CHOICE, optionIds(question)),
                            masks);
                }
                default -> {
                    problemAt(pointer, subject + " needs a 'map' from its answers to values of scale '"
                            + scale.id() + "'");
                    return null;
                }
            }
        }

        private WeightedInput pointsMapping(String pointer, String id, Question question, Bands bands) {
            String subject = "question '" + question.id() + "' (" + question.type().id() + ")";
            boolean reverse = node(pointer + "/reverse").asBoolean(false);
            AnswerMapping mapping;
            double[] points;
            if (node(pointer + "/points").isObject()) {
                if (reverse) {
                    problemAt(pointer + "/reverse", "'reverse' turns the default points round; with 'points', give"
                            + " the reversed points instead");
                }
                Entries entries = entries(pointer + "/points", question);
                if (entries == null) {
                    return null;
                }
                mapping = entries.mapping();
                points = entries.pointers().stream().mapToDouble(p -> node(p).doubleValue()).toArray();
            } else if (question.type() == QuestionType.YES_NO) {
                mapping = AnswerMapping.choices(AnswerMapping.Kind.CHOICE, List.of("yes", "no"));
                points = reverse ? new double[] {0, 1} : new double[] {1, 0};
            } else if (question.type() == QuestionType.SCALE) {
                mapping = AnswerMapping.choices(AnswerMapping.Kind.CHOICE, optionIds(question));
                int size = question.options().size();
                points = new double[size];
                for (int p = 0; p < size; p++) {
                    points[p] = reverse ? size - 1 - p : p;
                }
            } else {
                problemAt(pointer, subject + " needs 'points' for its " + (question.type() == QuestionType.NUMBER
                        ? "numbers (the points from each number up)" : "options"));
                return null;
            }
            WeightedInput input = new WeightedInput(id, mapping, points, bands);
            if (!(input.maxPoints() > input.minPoints())) {
                problemAt(pointer, "every answer of " + subject + " gives the same points, so it cannot tell"
                        + " answers apart");
                return null;
            }
            return bands == null ? null : input;
        }

        /**
         * The keys of a map or points object, checked against the question: each answer (yes/no, scale points,
         * options) once, or for numbers ascending lower bounds starting at or below the question's min.
         */
        private Entries entries(String pointer, Question question) {
            List<String> keys = keys(pointer);
            if (keys.isEmpty()) {
                return null; // the schema says that a map needs entries
            }
            if (question.type() == QuestionType.NUMBER) {
                List<BigDecimal> bounds = new ArrayList<>();
                for (String key : keys) {
                    try {
                        bounds.add(new BigDecimal(key));
                    } catch (NumberFormatException e) {
                        problemAt(YamlTree.child(pointer, key), "'" + key + "' is not a number; for question '"
                                + question.id() + "' each key is the number from which its value applies");
                        return null;
                    }
                }
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < bounds.size(); i++) {
                    order.add(i);
                }
                order.sort(Comparator.comparing(bounds::get));
                BigDecimal lowest = bounds.get(order.get(0));
                if (question.min() == null || lowest.compareTo(question.min()) > 0) {
                    problemAt(pointer, "answers to question '" + question.id() + "' below " + lowest.toPlainString()
                            + " would have no value; " + (question.min() == null ? "give the question a min and"
                                    + " start" : "start") + " the lowest key at or below its min");
                    return null;
                }
                for (int i = 1; i < order.size(); i++) {
                    if (bounds.get(order.get(i)).compareTo(bounds.get(order.get(i - 1))) == 0) {
                        problemAt(YamlTree.child(pointer, keys.get(order.get(i))), "the number "
                                + bounds.get(order.get(i)).toPlainString() + " is given twice");
                        return null;
                    }
                }
                return new Entries(order.stream().map(keys::get).toList(),
                        order.stream().map(i -> YamlTree.child(pointer, keys.get(i))).toList(),
                        AnswerMapping.numbers(order.stream().map(bounds::get).toList()));
            }
            List<String> answers = question.type() == QuestionType.YES_NO ? List.of("yes", "no")
                    : optionIds(question);
            boolean ok = true;
            for (String key : keys) {
                if (!answers.contains(key)) {
                    problemAt(YamlTree.child(pointer, key), "'" + key + "' is not an answer of question '"
                            + question.id() + "' (" + String.join(", ", answers) + ")");
                    ok = false;
                }
            }
            List<String> missing = answers.stream().filter(a -> !keys.contains(a)).toList();
            if (!missing.isEmpty()) {
                problemAt(pointer, "no entry for " + quoted(missing) + " of question '" + question.id()
                        + "'; every answer needs one");
                ok = false;
            }
            if (!ok) {
                return null;
            }
            AnswerMapping.Kind kind = question.type() == QuestionType.MULTI ? AnswerMapping.Kind.MULTI
                    : AnswerMapping.Kind.CHOICE;
            return new Entries(answers, answers.stream().map(a -> YamlTree.child(pointer, a)).toList(),
                    AnswerMapping.choices(kind, answers));
        }

        private static List<String> optionIds(Question question) {
            return question.options().stream().map(Option::id).toList();
        }

        // ---- the tree and the recommendations ---------------------------------------------------------------

        /**
         * Checks the references between inputs and nodes and the root; returns every attribute under the root,
         * inputs before the nodes made from them, or null when the tree does not hold together.
         */
        private List<Draft> checkTree(String root) {
            boolean ok = true;
            for (Draft node : nodes.values()) {
                if (inputs.containsKey(node.id())) {
                    problemAt(node.pointer(), "'" + node.id() + "' is also the id of an input; ids must differ");
                    ok = false;
                }
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < node.from().size(); i++) {
                    String child = node.from().get(i);
                    String pointer = YamlTree.child(node.pointer() + "/from", i);
                    if (!inputs.containsKey(child) && !nodes.containsKey(child)) {
                        problemAt(pointer, "'" + child + "' in 'from' is neither an input nor a node");
                        ok = false;
                    } else if (child.equals(node.id())) {
                        problemAt(pointer, "a node cannot be made from itself");
                        ok = false;
                    } else if (!seen.add(child)) {
                        problemAt(pointer, "'" + child + "' is in 'from' twice");
                        ok = false;
                    }
                }
            }
            if (root == null) {
                return null;
            }
            if (!nodes.containsKey(root)) {
                problemAt("/root", "'" + root + "' is not a node (nodes: " + String.join(", ", nodes.keySet()) + ")");
                return null;
            }
            if (!ok) {
                return null;
            }
            List<Draft> order = new ArrayList<>();
            if (!visit(root, new HashSet<>(), new ArrayList<>(), order)) {
                return null;
            }
            Set<String> reached = order.stream().map(Draft::id).collect(Collectors.toSet());
            for (Draft draft : allDrafts()) {
                if (!reached.contains(draft.id())) {
                    problemAt(draft.pointer(), "not under the root '" + root + "'; use it in a node's 'from' or"
                            + " remove it");
                    ok = false;
                }
            }
            return ok ? order : null;
        }

        private boolean visit(String id, Set<String> done, List<String> path, List<Draft> order) {
            if (done.contains(id)) {
                return true;
            }
            if (path.contains(id)) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                cycle.add(id);
                problemAt(nodes.get(id).pointer() + "/from", "made from itself: " + String.join(" <- ", cycle));
                return false;
            }
            Draft draft = inputs.containsKey(id) ? inputs.get(id) : nodes.get(id);
            path.add(id);
            for (String child : draft.from()) {
                if (!visit(child, done, path, order)) {
                    return false;
                }
            }
            path.remove(path.size() - 1);
            done.add(id);
            order.add(draft);
            return true;
        }

        private List<Draft> allDrafts() {
            List<Draft> all = new ArrayList<>(inputs.values());
            all.addAll(nodes.values());
            return all;
        }

        private List<Recommendation> recommendations(List<Draft> attributes) {
            Map<String, WhenParser.Target> targets = new HashMap<>();
            for (int a = 0; a < attributes.size(); a++) {
                if (attributes.get(a).scale() != null) {
                    targets.put(attributes.get(a).id(), new WhenParser.Target(a, attributes.get(a).scale()));
                }
            }
            Set<String> incomplete = attributes.stream().filter(d -> d.scale() == null).map(Draft::id)
                    .collect(Collectors.toSet());
            List<Recommendation> recommendations = new ArrayList<>();
            Map<String, Integer> actionIds = new HashMap<>();
            JsonNode list = node("/recommendations");
            for (int r = 0; r < list.size(); r++) {
                String pointer = YamlTree.child("/recommendations", r);
                String when = text(node(pointer + "/when"));
                LevelCondition condition = null;
                if (when != null) {
                    try {
                        condition = WhenParser.parse(when, name -> incomplete.contains(name)
                                ? new WhenParser.Target(-1, null) : targets.get(name),
                                attributes.stream().filter(d -> !d.input()).map(Draft::id).toList());
                    } catch (WhenParser.WhenException e) {
                        problemAt(pointer + "/when", "when '" + when + "': " + e.getMessage());
                    }
                }
                List<Action> actions = new ArrayList<>();
                JsonNode actionList = node(pointer + "/actions");
                for (int a = 0; a < actionList.size(); a++) {
                    String actionPointer = YamlTree.child(pointer + "/actions", a);
                    String id = text(node(actionPointer + "/id"));
                    unique(actionIds, id, actionPointer, "action");
                    List<Action.Resource> resources = new ArrayList<>();
                    JsonNode resourceList = node(actionPointer + "/resources");
                    for (int i = 0; i < resourceList.size(); i++) {
                        String resourcePointer = YamlTree.child(actionPointer + "/resources", i);
                        resources.add(new Action.Resource(localized(resourcePointer + "/title"),
                                text(node(resourcePointer + "/url"))));
                    }
                    String effort = text(node(actionPointer + "/effort"));
                    actions.add(new Action(id, localized(actionPointer + "/title"), localized(actionPointer + "/text"),
                            constant(Action.Effort.class, effort, null),
                            resources));
                }
                if (condition != null) {
                    recommendations.add(new Recommendation(condition, actions));
                }
            }
            return recommendations;
        }

        // ---- helpers ------------------------------------------------------------------------------------------

        /** The constant named (in lower case) by {@code text}; {@code otherwise} for none or an unknown name. */
        private static <E extends Enum<E>> E constant(Class<E> type, String text, E otherwise) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return constant;
                }
            }
            return otherwise;
        }

        private void refuse(String pointer, String field, String reason) {
            if (node(pointer).has(field)) {
                problemAt(pointer + "/" + field, reason);
            }
        }

        /** The keys of the mapping at {@code pointer}, in file order; none when it is not a mapping. */
        private List<String> keys(String pointer) {
            List<String> keys = new ArrayList<>();
            JsonNode node = node(pointer);
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(keys::add);
            }
            return keys;
        }

        /** The strings of the list at {@code pointer}; entries that are not text are left out. */
        private List<String> strings(String pointer) {
            List<String> strings = new ArrayList<>();
            for (JsonNode item : node(pointer)) {
                if (text(item) != null) {
                    strings.add(item.asText());
                }
            }
            return strings;
        }

        private static String quoted(List<String> ids) {
            return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        }
    }
}
