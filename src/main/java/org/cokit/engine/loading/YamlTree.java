package org.cokit.engine.loading;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a Jackson tree that remembers the line of every node, addressed by JSON pointer
 * ({@code /sections/0/questions/2/type}), so that schema and semantic errors can name the line they are about.
 *
 * <p>Scalars follow YAML 1.2: only {@code true} and {@code false} are booleans, so an unquoted {@code yes}, {@code no},
 * {@code on} or {@code off} stays a string, as content authors expect of ids like {@code no}.
 */
public final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<DuplicateKey> duplicateKeys;

    private YamlTree(JsonNode root, Map<String, Integer> lines, List<DuplicateKey> duplicateKeys) {
        this.root = root;
        this.lines = lines;
        this.duplicateKeys = duplicateKeys;
    }

    /** A key given twice in one mapping; the tree keeps the first value. */
    public record DuplicateKey(String objectPointer, String key, int line) {
    }

    /** Reads {@code text}; a file that is not one well-formed YAML document throws with the line of the fault. */
    public static YamlTree parse(String file, String text) {
        Map<String, Integer> lines = new HashMap<>();
        List<DuplicateKey> duplicates = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new DefinitionException(List.of(new Problem(file, 0, "the file is empty")));
            }
            JsonNode root = read(parser, "", lines, duplicates);
            if (parser.nextToken() != null) {
                throw new DefinitionException(List.of(new Problem(file, line(parser.currentTokenLocation()),
                        "a file holds one YAML document, but a second one starts here")));
            }
            return new YamlTree(root, lines, duplicates);
        } catch (JsonProcessingException e) {
            throw new DefinitionException(List.of(syntaxProblem(file, e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line and a one-line reason for a syntax error, with a hint for the faults authors make most. */
    private static Problem syntaxProblem(String file, JsonProcessingException e) {
        int line = line(e.getLocation());
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().strip().split("\\R", 2)[0];
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                reason = marked.getProblem();
                if (marked.getProblemMark() != null) {
                    line = marked.getProblemMark().getLine() + 1;
                }
                break;
            }
        }
        String hint = "";
        if (reason.endsWith("but got ?")) {
            hint = "; inside { } put a text with a question mark in quotes, e.g. {en: \"Is it?\"}";
        } else if (reason.contains("mapping values are not allowed")) {
            hint = "; put a text that contains ': ' in quotes";
        }
        return new Problem(file, line, "not valid YAML: " + reason + hint);
    }

    public JsonNode root() {
        return root;
    }

    public List<DuplicateKey> duplicateKeys() {
        return duplicateKeys;
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that exists; 1 for the root. */
    public int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Appends one reference token to a JSON pointer, escaped as RFC 6901 asks. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, Integer> lines,
            List<DuplicateKey> duplicates) throws IOException {
        lines.putIfAbsent(pointer, line(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser.currentTokenLocation());
                    String child = child(pointer, key);
                    parser.nextToken();
                    if (object.has(key)) {
                        duplicates.add(new DuplicateKey(pointer, key, keyLine));
                        read(parser, child + "/(duplicate)", new HashMap<>(), duplicates);
                    } else {
                        // A key's own line beats its value's: a nested mapping starts on the next line.
                        lines.put(child, keyLine);
                        object.set(key, read(parser, child, lines, duplicates));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, child(pointer, index++), lines, duplicates));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = parser.getText();
                String lower = text.toLowerCase(Locale.ROOT);
                return lower.equals("true") || lower.equals("false") ? NODES.booleanNode(lower.equals("true"))
                        : NODES.textNode(text);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.textNode(parser.getText());
            }
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
