package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A published JSON Schema (draft 2020-12) of one kind of definition file, read from the classpath, and the
 * translation of its errors into {@link Problem}s with a line and an element named as authors know it. Subclasses
 * add the wording that only their kind of file needs through {@link #specificMessage} and {@link #ignore}.
 */
public class DefinitionSchema {

    private final Schema schema;
    private final ElementNamer namer;

    /** The schema at {@code resource} on the classpath; {@code namer} names elements in messages. */
    public DefinitionSchema(String resource, ElementNamer namer) {
        this.namer = namer;
        try (InputStream in = DefinitionSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            JsonNode node = new ObjectMapper().readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ElementNamer namer() {
        return namer;
    }

    /** Every schema violation in {@code tree}, one problem each, in the order of their lines. */
    public List<Problem> check(String file, YamlTree tree) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : schema.validate(tree.root())) {
            Problem problem = toProblem(file, tree, error);
            if (problem != null) {
                problems.add(problem);
            }
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }

    /**
     * Words of a subclass's own for {@code error}, without the element (which is put in front), or null for the
     * general message.
     */
    protected String specificMessage(Error error, String pointer, ElementPlace place, YamlTree tree) {
        return null;
    }

    /** Whether to leave out {@code error} because another error already says the same thing better. */
    protected boolean ignore(Error error, String pointer, YamlTree tree) {
        return false;
    }

    private Problem toProblem(String file, YamlTree tree, Error error) {
        String pointer = pointer(error.getInstanceLocation());
        if (ignore(error, pointer, tree)) {
            return null;
        }
        JsonNode node = error.getInstanceNode();
        ElementPlace place = namer.place(tree.root(), pointer);
        String property = error.getProperty();
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        int line = tree.line(pointer);
        if (error.getKeyword().equals("additionalProperties")) {
            line = tree.line(YamlTree.child(pointer, property));
        }
        String message = specificMessage(error, pointer, place, tree);
        if (message == null) {
            message = switch (error.getKeyword()) {
                case "required" -> property.equals("en") && !place.field().isEmpty()
                        ? "field '" + place.field() + "' has no English text ('en'), which every text needs"
                        : place.field().isEmpty() ? "missing field '" + property + "'"
                                : "field '" + place.field() + "' is missing '" + property + "'";
                case "additionalProperties" -> isText(error) ? place.fieldOr("text") + ": unknown language '"
                        + property + "' (texts are in en, sl, hr and da)"
                        : place.field().isEmpty() ? "unknown field '" + property + "'"
                                : place.fieldOr("") + " has an unknown field '" + property + "'";
                case "enum" -> place.fieldOr("value") + ": '" + node.asText() + "' is not one of " + args[0];
                case "false" -> "field '" + place.field() + "' does not apply here";
                case "type" -> place.fieldOr("value") + " must be " + article(String.valueOf(args[1])) + ", not "
                        + article(String.valueOf(args[0]));
                case "pattern" -> place.field().endsWith("id")
                        ? "id '" + node.asText() + "' is not kebab-case (lower-case letters and digits, words joined"
                                + " by single hyphens, e.g. many-users)"
                        : place.fieldOr("value") + " does not match " + args[0];
                case "minItems" -> place.fieldOr("list") + " needs at least " + args[0]
                        + (String.valueOf(args[0]).equals("1") ? " entry" : " entries");
                case "minProperties" -> place.fieldOr("mapping") + " needs at least " + args[0]
                        + (String.valueOf(args[0]).equals("1") ? " entry" : " entries");
                case "minLength" -> place.fieldOr("value") + " must not be empty";
                case "minimum" -> place.fieldOr("value") + " must be at least " + args[0];
                case "maximum" -> place.fieldOr("value") + " must be at most " + args[0];
                default -> place.fieldOr("value") + ": " + error.getMessage();
            };
        }
        return new Problem(file, line, place.element() + ": " + message);
    }

    private static boolean isText(Error error) {
        return error.getSchemaLocation() != null && error.getSchemaLocation().toString().contains("$defs/text/");
    }

    /** {@code a list}, {@code a mapping (key: value lines)}: a JSON type as authors of YAML know it. */
    protected static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping (key: value lines)";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "null" -> "empty";
            default -> "a " + type;
        };
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? YamlTree.child(pointer, index)
                    : YamlTree.child(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
