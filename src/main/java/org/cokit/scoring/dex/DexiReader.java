package org.cokit.scoring.dex;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a DEXi model file (.dxi, XML) into a {@link DexModel} and the alternatives stored with it. Understands both
 * the classic DEXi form (OPTION, FUNCTION with LOW/HIGH strings) and the DEXi Library form (ALTERNATIVE, TABLE of
 * RULEs, continuous scales with DISCRETIZE). Attribute ids are the names made unique in document order the way R's
 * {@code make.unique} does it ({@code PRICE}, {@code PRICE.1}, ...). With {@code LINKING} on, a basic attribute
 * is linked to the attribute of the same name and scale: the only aggregate one if there is exactly one, otherwise
 * the first basic one. The XML parser accepts no DTD and resolves no external entity.
 */
public final class DexiReader {

    /** Deeper than any real model; keeps a hostile file from exhausting the stack. */
    private static final int MAX_DEPTH = 200;
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private DexiReader() {
    }

    public static DexiDocument read(String xml) {
        return read(new StringReader(xml));
    }

    public static DexiDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads the file; the XML declaration decides the encoding. The stream is not closed. */
    public static DexiDocument read(InputStream in) {
        try {
            return interpret(parse(factory().createXMLStreamReader(in)));
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static DexiDocument read(Reader in) {
        try {
            return interpret(parse(factory().createXMLStreamReader(in)));
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static DexiFormatException notWellFormed(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int detail = message.indexOf("Message: ");
        message = detail >= 0 ? message.substring(detail + "Message: ".length()) : message;
        return new DexiFormatException(null, Math.max(line, 0), "the file is not well-formed XML: " + message.trim());
    }

    // ---- XML to a small element tree that remembers lines -------------------------------------------------

    /** One XML element: its own text (not its children's), attributes, children and the line it starts on. */
    private record Element(String name, Map<String, String> attributes, String text, List<Element> children,
            int line) {

        Element child(String name) {
            for (Element child : children) {
                if (child.name.equals(name)) {
                    return child;
                }
            }
            return null;
        }

        List<Element> all(String name) {
            return children.stream().filter(c -> c.name.equals(name)).toList();
        }

        String childText(String name) {
            Element child = child(name);
            return child == null ? null : child.text.trim();
        }
    }

    private static final class ElementBuilder {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<ElementBuilder> children = new ArrayList<>();
        final int line;

        ElementBuilder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Element build() {
            return new Element(name, Map.copyOf(attributes), text.toString(),
                    children.stream().map(ElementBuilder::build).toList(), line);
        }
    }

    private static Element parse(XMLStreamReader xml) throws XMLStreamException {
        Deque<ElementBuilder> open = new ArrayDeque<>();
        ElementBuilder root = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new DexiFormatException(null, line,
                                    "elements are nested more than " + MAX_DEPTH + " deep");
                        }
                        ElementBuilder element = new ElementBuilder(xml.getLocalName(), line);
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            element.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new DexiFormatException(null, line,
                            "a .dxi file must not contain a DOCTYPE declaration");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new DexiFormatException(null, line,
                            "entity &" + xml.getLocalName() + "; is not allowed");
                    default -> {
                        // comments, processing instructions and the document's start and end carry nothing
                    }
                }
            }
        } finally {
            xml.close();
        }
        if (root == null) {
            throw new DexiFormatException(null, 0, "the file is empty");
        }
        return root.build();
    }

    // ---- the model -------------------------------------------------------------------------------------------

    /** An attribute while the file is read: ids and links are known only once every attribute is. */
    private static final class Node {
        final Element element;
        final String name;
        String description;
        DexScale scale;
        final List<Node> inputs = new ArrayList<>();
        final List<DexValue> stored = new ArrayList<>();
        String id;
        Node link;

        Node(Element element, String name) {
            this.element = element;
            this.name = name;
        }

        DexiFormatException error(Element at, String problem) {
            return new DexiFormatException(name, at.line(), problem);
        }
    }

    private static DexiDocument interpret(Element root) {
        if (!root.name().equals("DEXi")) {
            throw new DexiFormatException(null, root.line(),
                    "the root element is <" + root.name() + ">, expected <DEXi>");
        }
        List<String> alternativeNames = new ArrayList<>();
        List<Node> roots = new ArrayList<>();
        boolean linking = false;
        for (Element child : root.children()) {
            switch (child.name()) {
                case "OPTION" -> alternativeNames.add(child.text().trim());
                case "ALTERNATIVE" -> alternativeNames.add(child.childText("NAME") == null ? ""
                        : child.childText("NAME"));
                case "SETTINGS" -> {
                    String value = child.childText("LINKING");
                    linking = value != null && bool(null, child.child("LINKING"), "LINKING", value);
                }
                case "ATTRIBUTE" -> roots.add(readAttribute(child));
                default -> {
                    // VERSION, CREATED, NAME, DESCRIPTION and DEXi's display settings do not affect evaluation
                }
            }
        }
        if (roots.isEmpty()) {
            throw new DexiFormatException(null, root.line(), "the file has no ATTRIBUTE");
        }
        List<Node> preOrder = new ArrayList<>();
        roots.forEach(r -> collect(r, preOrder));
        List<String> ids = uniqueIds(preOrder.stream().map(n -> n.name).toList());
        for (int i = 0; i < preOrder.size(); i++) {
            preOrder.get(i).id = ids.get(i);
        }
        if (linking) {
            link(preOrder);
        }
        for (Node node : preOrder) {
            if (node.stored.size() > alternativeNames.size()) {
                throw node.error(node.element, "stores " + node.stored.size() + " values, but the file names "
                        + alternativeNames.size() + " alternatives");
            }
        }
        List<DexAttribute> rootAttributes = roots.stream().map(DexiReader::build).toList();
        DexModel model;
        try {
            model = new DexModel(root.childText("NAME"), description(root), rootAttributes);
        } catch (IllegalArgumentException e) {
            throw new DexiFormatException(null, root.line(), e.getMessage());
        }
        List<DexAlternative> alternatives = new ArrayList<>();
        for (int a = 0; a < alternativeNames.size(); a++) {
            Map<String, DexValue> values = new LinkedHashMap<>();
            for (Node node : preOrder) {
                if (a < node.stored.size()) {
                    values.put(node.id, node.stored.get(a));
                }
            }
            alternatives.add(new DexAlternative(alternativeNames.get(a), values));
        }
        return new DexiDocument(model, alternatives);
    }

    private static void collect(Node node, List<Node> preOrder) {
        preOrder.add(node);
        node.inputs.forEach(input -> collect(input, preOrder));
    }

    private static String description(Element element) {
        Element description = element.child("DESCRIPTION");
        if (description == null) {
            return "";
        }
        List<Element> lines = description.all("LINE");
        if (lines.isEmpty()) {
            return description.text().trim();
        }
        return String.join("\n", lines.stream().map(l -> l.text().trim()).toList());
    }

    private static Node readAttribute(Element element) {
        String name = element.childText("NAME");
        if (name == null || name.isEmpty()) {
            throw new DexiFormatException(null, element.line(), "an ATTRIBUTE has no NAME");
        }
        Node node = new Node(element, name);
        node.description = description(element);
        Element scale = element.child("SCALE");
        if (scale == null) {
            throw node.error(element, "has no SCALE");
        }
        node.scale = readScale(node, scale, element);
        for (Element child : element.children()) {
            switch (child.name()) {
                case "ATTRIBUTE" -> node.inputs.add(readAttribute(child));
                case "OPTION" -> node.stored.add(optionValue(node, child));
                case "ALTERNATIVE" -> node.stored.add(value(node, child, child.text(), node.scale));
                default -> {
                    // NAME, DESCRIPTION and SCALE are read above; the function once the inputs are known
                }
            }
        }
        return node;
    }

    private static DexScale readScale(Node node, Element scale, Element attribute) {
        Element orderElement = scale.child("ORDER") != null ? scale.child("ORDER") : attribute.child("ORDER");
        DexScale.Order order = DexScale.Order.ASCENDING;
        if (orderElement != null) {
            order = switch (orderElement.text().trim().toUpperCase(Locale.ROOT)) {
                case "", "ASC", "ASCENDING" -> DexScale.Order.ASCENDING;
                case "DESC", "DESCENDING" -> DexScale.Order.DESCENDING;
                case "NONE" -> DexScale.Order.NONE;
                default -> throw node.error(orderElement, "unknown ORDER \"" + orderElement.text().trim()
                        + "\"; expected ASC, DESC or NONE");
            };
        }
        Element continuous = scale.child("CONTINUOUS");
        List<Element> values = scale.all("SCALEVALUE");
        if (continuous != null) {
            if (!values.isEmpty()) {
                throw node.error(scale, "SCALE has both CONTINUOUS and SCALEVALUEs");
            }
            double low = optionalNumber(node, continuous, "LOW", Double.NEGATIVE_INFINITY);
            double high = optionalNumber(node, continuous, "HIGH", Double.POSITIVE_INFINITY);
            if (low > high) {
                throw node.error(continuous, "CONTINUOUS has LOW " + low + " above HIGH " + high);
            }
            return new DexScale(order, List.of(), true, low, high);
        }
        if (values.isEmpty()) {
            throw node.error(scale, "SCALE has no SCALEVALUE");
        }
        if (values.size() > DexScale.MAX_VALUES) {
            throw node.error(scale, "SCALE has " + values.size() + " values; at most " + DexScale.MAX_VALUES
                    + " are supported");
        }
        List<DexScale.Value> scaleValues = new ArrayList<>();
        for (Element value : values) {
            String name = value.childText("NAME");
            if (name == null) {
                throw node.error(value, "a SCALEVALUE has no NAME");
            }
            String group = value.childText("GROUP");
            DexScale.Group quality = switch (group == null ? "" : group.toUpperCase(Locale.ROOT)) {
                case "", "NONE" -> DexScale.Group.NEUTRAL;
                case "BAD" -> DexScale.Group.BAD;
                case "GOOD" -> DexScale.Group.GOOD;
                default -> throw node.error(value.child("GROUP"), "unknown GROUP \"" + group
                        + "\" of value \"" + name + "\"; expected BAD or GOOD");
            };
            scaleValues.add(new DexScale.Value(name, description(value), quality));
        }
        return DexScale.discrete(order, scaleValues);
    }

    private static double optionalNumber(Node node, Element parent, String name, double absent) {
        String text = parent.childText(name);
        if (text == null || text.isEmpty()) {
            return absent;
        }
        if (!NUMBER.matcher(text).matches()) {
            throw node.error(parent.child(name), name + " \"" + text + "\" is not a number");
        }
        return Double.parseDouble(text);
    }

    // ---- functions -------------------------------------------------------------------------------------------

    private static DexAttribute build(Node node) {
        List<DexAttribute> inputs = node.inputs.stream().map(DexiReader::build).toList();
        try {
            DexAggregation aggregation = aggregation(node);
            return new DexAttribute(node.id, node.name, node.description, node.scale, inputs, aggregation,
                    node.link == null ? null : node.link.id);
        } catch (IllegalArgumentException e) {
            throw node.error(node.element, e.getMessage());
        }
    }

    private static DexAggregation aggregation(Node node) {
        Element function = node.element.child("FUNCTION");
        Element table = node.element.child("TABLE");
        Element discretize = node.element.child("DISCRETIZE");
        int given = (function == null ? 0 : 1) + (table == null ? 0 : 1) + (discretize == null ? 0 : 1);
        if (given > 1) {
            throw node.error(node.element, "has more than one of FUNCTION, TABLE and DISCRETIZE");
        }
        Element present = function != null ? function : table != null ? table : discretize;
        if (node.inputs.isEmpty()) {
            if (present != null) {
                throw node.error(present, "has a " + present.name() + " but no input attributes");
            }
            return null;
        }
        if (node.scale.continuous()) {
            throw node.error(node.element, "has inputs but a continuous scale; only basic attributes may be "
                    + "continuous");
        }
        if (discretize != null) {
            return discretization(node, discretize);
        }
        for (Node input : node.inputs) {
            if (input.scale.continuous()) {
                throw node.error(present == null ? node.element : present, "input \"" + input.name
                        + "\" is continuous and needs a DISCRETIZE, not a table");
            }
        }
        List<Integer> sizes = node.inputs.stream().map(i -> i.scale.size()).toList();
        int rules;
        try {
            rules = DexFunction.ruleCount(sizes);
        } catch (IllegalArgumentException e) {
            throw node.error(present == null ? node.element : present, e.getMessage());
        }
        if (function != null) {
            return lowHighFunction(node, function, sizes, rules);
        }
        if (table != null) {
            return ruleTable(node, table, sizes, rules);
        }
        return DexFunction.undefined(sizes, node.scale.size());
    }

    private static DexFunction lowHighFunction(Node node, Element function, List<Integer> sizes, int rules) {
        Element lowElement = function.child("LOW");
        if (lowElement == null) {
            throw node.error(function, "FUNCTION has no LOW");
        }
        int[] low = ruleString(node, lowElement, sizes, rules);
        Element highElement = function.child("HIGH");
        int[] high = highElement == null ? null : ruleString(node, highElement, sizes, rules);
        if (high != null) {
            for (int r = 0; r < rules; r++) {
                if (high[r] < low[r]) {
                    throw node.error(highElement, "rule " + (r + 1) + " has HIGH " + high[r] + " below LOW "
                            + low[r]);
                }
            }
        }
        BitSet entered = null;
        Element enteredElement = function.child("ENTERED");
        if (enteredElement != null) {
            String flags = enteredElement.text().trim();
            if (flags.length() != rules) {
                throw node.error(enteredElement, "ENTERED has " + flags.length() + " rules, expected " + rules);
            }
            entered = new BitSet(rules);
            for (int r = 0; r < rules; r++) {
                char flag = flags.charAt(r);
                if (flag != '+' && flag != '-') {
                    throw node.error(enteredElement, "ENTERED has '" + flag + "' at rule " + (r + 1)
                            + "; expected + or -");
                }
                entered.set(r, flag == '+');
            }
        }
        return DexFunction.ofIntervals(sizes, node.scale.size(), low, high, entered);
    }

    /** DEXi's one character per rule: the value is the character's code minus '0', so 10 is ':' and 11 ';'. */
    private static int[] ruleString(Node node, Element element, List<Integer> sizes, int rules) {
        String text = element.text().trim();
        if (text.length() != rules) {
            throw node.error(element, element.name() + " has " + text.length() + " rules, expected " + rules + " ("
                    + String.join("×", sizes.stream().map(String::valueOf).toList()) + " input values)");
        }
        int[] values = new int[rules];
        for (int r = 0; r < rules; r++) {
            int value = text.charAt(r) - '0';
            if (value < 0 || value >= node.scale.size()) {
                throw node.error(element, element.name() + " has '" + text.charAt(r) + "' at rule " + (r + 1)
                        + ", outside the " + node.scale.size() + " values of the scale");
            }
            values[r] = value;
        }
        return values;
    }

    private static DexFunction ruleTable(Node node, Element table, List<Integer> sizes, int rules) {
        DexValue[] values = new DexValue[rules];
        BitSet entered = new BitSet(rules);
        List<Element> ruleElements = table.all("RULE");
        int[] strides = new int[sizes.size()];
        for (int i = sizes.size() - 1, stride = 1; i >= 0; stride *= sizes.get(i), i--) {
            strides[i] = stride;
        }
        for (int position = 0; position < ruleElements.size(); position++) {
            Element rule = ruleElements.get(position);
            int index = position;
            String args = rule.attributes().get("Args");
            if (args != null) {
                index = ruleIndex(node, rule, args, sizes, strides);
            } else if (position >= rules) {
                throw node.error(rule, "TABLE has more than the " + rules + " rules its inputs make");
            }
            if (values[index] != null) {
                throw node.error(rule, "TABLE has two rules for Args=\"" + args + "\"");
            }
            values[index] = value(node, rule, rule.text(), node.scale);
            String flag = rule.attributes().get("Entered");
            entered.set(index, flag == null || bool(node, rule, "Entered", flag));
        }
        List<DexValue> list = new ArrayList<>(rules);
        for (DexValue value : values) {
            list.add(value == null ? DexValue.undefined() : value);
        }
        return new DexFunction(sizes, node.scale.size(), list, entered);
    }

    private static int ruleIndex(Node node, Element rule, String args, List<Integer> sizes, int[] strides) {
        String[] parts = args.split(";", -1);
        if (parts.length != sizes.size()) {
            throw node.error(rule, "RULE Args=\"" + args + "\" gives " + parts.length + " values for "
                    + sizes.size() + " inputs");
        }
        int index = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int ordinal = ORDINAL.matcher(part).matches() ? Integer.parseInt(part) : -1;
            if (ordinal < 0 || ordinal >= sizes.get(i)) {
                throw node.error(rule, "RULE Args=\"" + args + "\": \"" + part + "\" is not a value of input "
                        + (i + 1) + ", which has " + sizes.get(i));
            }
            index += ordinal * strides[i];
        }
        return index;
    }

    private static DexDiscretization discretization(Node node, Element discretize) {
        if (node.inputs.size() != 1 || node.inputs.get(0).scale.isDiscrete()) {
            throw node.error(discretize, "DISCRETIZE needs exactly one continuous input");
        }
        List<DexValue> values = new ArrayList<>();
        for (Element value : discretize.all("VALUE")) {
            values.add(value(node, value, value.text(), node.scale));
        }
        List<DexDiscretization.Bound> bounds = new ArrayList<>();
        for (Element bound : discretize.all("BOUND")) {
            String text = bound.text().trim();
            if (!NUMBER.matcher(text).matches()) {
                throw node.error(bound, "BOUND \"" + text + "\" is not a number");
            }
            String associate = bound.attributes().getOrDefault("Associate", "Down");
            DexDiscretization.Association association = switch (associate.trim().toLowerCase(Locale.ROOT)) {
                case "down" -> DexDiscretization.Association.DOWN;
                case "up" -> DexDiscretization.Association.UP;
                default -> throw node.error(bound, "BOUND has Associate=\"" + associate + "\"; expected Down or Up");
            };
            bounds.add(new DexDiscretization.Bound(Double.parseDouble(text), association));
        }
        if (values.size() != bounds.size() + 1) {
            throw node.error(discretize, "DISCRETIZE has " + values.size() + " VALUEs and " + bounds.size()
                    + " BOUNDs; n values need n-1 bounds");
        }
        try {
            return new DexDiscretization(values, bounds);
        } catch (IllegalArgumentException e) {
            throw node.error(discretize, e.getMessage());
        }
    }

    // ---- values ----------------------------------------------------------------------------------------------

    /** Classic syntax: one character per ordinal, several for a set; empty or * for any; undef... undefined. */
    private static DexValue optionValue(Node node, Element element) {
        String text = element.text().trim();
        if (text.isEmpty() || text.equals("*")) {
            return node.scale.continuous() ? DexValue.any() : DexValue.ofMask(node.scale.fullMask());
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("undef")) {
            return DexValue.undefined();
        }
        if (node.scale.continuous()) {
            return number(node, element, text);
        }
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            int ordinal = text.charAt(i) - '0';
            if (ordinal < 0 || ordinal >= node.scale.size()) {
                throw node.error(element, "OPTION \"" + text + "\" has '" + text.charAt(i) + "', outside the "
                        + node.scale.size() + " values of the scale");
            }
            mask |= 1L << ordinal;
        }
        return DexValue.ofMask(mask);
    }

    /** DEXi Library syntax: {@code 2}, {@code 1:3}, {@code {0;2}}, {@code *}, {@code undef} or a number. */
    private static DexValue value(Node node, Element element, String raw, DexScale scale) {
        String text = raw.trim();
        String where = element.name() + " \"" + text + "\"";
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).startsWith("undef")) {
            return DexValue.undefined();
        }
        if (text.equals("*")) {
            return scale.continuous() ? DexValue.any() : DexValue.ofMask(scale.fullMask());
        }
        if (text.startsWith("<")) {
            throw node.error(element, where + " is a value distribution; only sets of values are supported");
        }
        if (scale.continuous()) {
            return number(node, element, text);
        }
        if (text.startsWith("{") && text.endsWith("}")) {
            String inner = text.substring(1, text.length() - 1).trim();
            if (inner.isEmpty()) {
                throw node.error(element, where + " is an empty set");
            }
            long mask = 0;
            for (String part : inner.split(";", -1)) {
                mask |= 1L << ordinal(node, element, where, part, scale);
            }
            return DexValue.ofMask(mask);
        }
        int colon = text.indexOf(':');
        if (colon >= 0) {
            int low = ordinal(node, element, where, text.substring(0, colon), scale);
            int high = ordinal(node, element, where, text.substring(colon + 1), scale);
            if (low > high) {
                throw node.error(element, where + " is an interval whose low end is above its high end");
            }
            return DexValue.interval(low, high);
        }
        if (!ORDINAL.matcher(text).matches() && NUMBER.matcher(text).matches()) {
            throw node.error(element, where + " is a number, but the scale is discrete");
        }
        return DexValue.single(ordinal(node, element, where, text, scale));
    }

    private static int ordinal(Node node, Element element, String where, String part, DexScale scale) {
        String text = part.trim();
        if (!ORDINAL.matcher(text).matches()) {
            throw node.error(element, where + " is not a value: \"" + text + "\" is not an ordinal");
        }
        int ordinal = Integer.parseInt(text);
        if (ordinal >= scale.size()) {
            throw node.error(element, where + " has " + ordinal + ", outside the " + scale.size()
                    + " values (0.." + (scale.size() - 1) + ") of the scale");
        }
        return ordinal;
    }

    private static DexValue number(Node node, Element element, String text) {
        double number = NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (!Double.isFinite(number)) {
            throw node.error(element, element.name() + " \"" + text + "\" is not a number");
        }
        return DexValue.number(number);
    }

    private static boolean bool(Node node, Element element, String what, String raw) {
        String text = raw.trim();
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "yes" -> true;
            case "false", "f", "0", "no" -> false;
            default -> throw new DexiFormatException(node == null ? null : node.name, element.line(),
                    what + " is \"" + text + "\"; expected True or False");
        };
    }

    // ---- ids and links ---------------------------------------------------------------------------------------

    /** Like R's make.unique: the first of each name stays, later ones get .1, .2, ... skipping names in use. */
    static List<String> uniqueIds(List<String> names) {
        Set<String> used = new HashSet<>();
        Map<String, Integer> next = new HashMap<>();
        List<String> ids = new ArrayList<>(names.size());
        for (String name : names) {
            String id = name;
            if (!used.add(id)) {
                int suffix = next.getOrDefault(name, 1);
                while (used.contains(name + "." + suffix)) {
                    suffix++;
                }
                id = name + "." + suffix;
                used.add(id);
                next.put(name, suffix + 1);
            }
            ids.add(id);
        }
        return ids;
    }

    private static void link(List<Node> preOrder) {
        Map<String, List<Node>> byName = new LinkedHashMap<>();
        preOrder.forEach(n -> byName.computeIfAbsent(n.name, k -> new ArrayList<>()).add(n));
        for (Node node : preOrder) {
            if (!node.inputs.isEmpty()) {
                continue;
            }
            List<Node> aggregates = new ArrayList<>();
            Node firstBasic = null;
            for (Node candidate : byName.get(node.name)) {
                if (!candidate.scale.sameValuesAs(node.scale)) {
                    continue;
                }
                if (!candidate.inputs.isEmpty()) {
                    aggregates.add(candidate);
                } else if (firstBasic == null) {
                    firstBasic = candidate;
                }
            }
            Node target = aggregates.size() == 1 && !dependsOn(aggregates.get(0), node) ? aggregates.get(0)
                    : firstBasic;
            if (target != node && target != null && !dependsOn(target, node)) {
                node.link = target;
            }
        }
    }

    /** Whether {@code from}'s value depends on {@code on}, through inputs and links set so far. */
    private static boolean dependsOn(Node from, Node on) {
        if (from == on) {
            return true;
        }
        if (from.link != null && dependsOn(from.link, on)) {
            return true;
        }
        for (Node input : from.inputs) {
            if (dependsOn(input, on)) {
                return true;
            }
        }
        return false;
    }
}
