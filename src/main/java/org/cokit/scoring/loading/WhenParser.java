package org.cokit.scoring.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cokit.scoring.rules.LevelCondition;
import org.cokit.scoring.rules.LevelCondition.Operator;
import org.cokit.scoring.rules.Scale;

/**
 * Parses a recommendation's {@code when} into a {@link LevelCondition} and type-checks it: every name must be a
 * node or input of the rule set, every value one of that node's scale (its bands, in a weighted rule set).
 *
 * <pre>
 * condition  := or
 * or         := and ('or' and)*
 * and        := unary ('and' unary)*
 * unary      := 'not' unary | '(' or ')' | comparison
 * comparison := name ('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') value
 * </pre>
 * Names and values are runs of characters other than spaces, parentheses and {@code = ! < >}; a name or value with
 * such characters (a DEXi attribute like {@code TECH CHAR}) is written in single or double quotes. A small
 * hand-written parser rather than CEL: it has nothing to loop over or reach, and its errors name the values of the
 * node concerned.
 */
final class WhenParser {

    /**
     * A node the condition may name: its position among the rule set's attributes and its scale; a null scale
     * (the node's own definition is faulty and reported) lets any value pass.
     */
    record Target(int attribute, Scale scale) {
    }

    /** A condition that cannot be used. */
    static final class WhenException extends Exception {
        WhenException(String message) {
            super(message);
        }
    }

    private final String source;
    private final Function<String, Target> targets;
    private final List<String> names;
    private final List<String> tokens;
    private int position;

    private WhenParser(String source, Function<String, Target> targets, List<String> names) throws WhenException {
        this.source = source;
        this.targets = targets;
        this.names = names;
        this.tokens = tokenize(source);
    }

    /**
     * Parses {@code source}; {@code targets} gives the node of a name, or null for a name that is none;
     * {@code names} lists the names for messages.
     *
     * @throws WhenException saying what is wrong, for the loader to put after the file and line
     */
    static LevelCondition parse(String source, Function<String, Target> targets, List<String> names)
            throws WhenException {
        WhenParser parser = new WhenParser(source, targets, names);
        if (parser.tokens.isEmpty()) {
            throw new WhenException("the condition is empty");
        }
        LevelCondition condition = parser.or();
        if (parser.position < parser.tokens.size()) {
            throw new WhenException("unexpected '" + parser.tokens.get(parser.position) + "'; join comparisons with"
                    + " and / or");
        }
        return condition;
    }

    private LevelCondition or() throws WhenException {
        LevelCondition left = and();
        while (accept("or")) {
            left = LevelCondition.or(source, left, and());
        }
        return left;
    }

    private LevelCondition and() throws WhenException {
        LevelCondition left = unary();
        while (accept("and")) {
            left = LevelCondition.and(source, left, unary());
        }
        return left;
    }

    private LevelCondition unary() throws WhenException {
        if (accept("not")) {
            return LevelCondition.not(source, unary());
        }
        if (accept("(")) {
            LevelCondition inner = or();
            if (!accept(")")) {
                throw new WhenException("a '(' is not closed");
            }
            return inner;
        }
        return comparison();
    }

    private LevelCondition comparison() throws WhenException {
        String name = word("a node name");
        Target target = targets.apply(name);
        if (target == null) {
            throw new WhenException("'" + name + "' is not a node or input of this rule set (nodes: " + String.join(", ",
                    names) + ")");
        }
        String symbol = position < tokens.size() ? tokens.get(position) : "";
        Operator operator = null;
        for (Operator candidate : Operator.values()) {
            if (candidate.symbol().equals(symbol)) {
                operator = candidate;
            }
        }
        if (operator == null) {
            throw new WhenException("after '" + name + "' comes a comparison (==, !=, <, <=, >, >=), not "
                    + (symbol.isEmpty() ? "the end" : "'" + symbol + "'"));
        }
        position++;
        String value = word("a value of '" + name + "'");
        if (target.scale() == null) {
            return LevelCondition.compare(source, target.attribute(), operator, 0);
        }
        int level = target.scale().levelOf(value);
        if (level < 0) {
            throw new WhenException("'" + value + "' is not a value of '" + name + "' (" + String.join(", ",
                    target.scale().valueIds()) + ")");
        }
        return LevelCondition.compare(source, target.attribute(), operator, level);
    }

    private String word(String expected) throws WhenException {
        if (position >= tokens.size()) {
            throw new WhenException("expected " + expected + " at the end");
        }
        String token = tokens.get(position);
        if (token.equals("(") || token.equals(")") || isOperator(token) || isKeyword(token)) {
            throw new WhenException("expected " + expected + ", not '" + token + "'");
        }
        position++;
        return unquote(token);
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private static boolean isKeyword(String token) {
        return token.equals("and") || token.equals("or") || token.equals("not");
    }

    private static boolean isOperator(String token) {
        return !token.isEmpty() && "=!<>".indexOf(token.charAt(0)) >= 0;
    }

    private static String unquote(String token) {
        char first = token.charAt(0);
        return first == '\'' || first == '"' ? token.substring(1, token.length() - 1) : token;
    }

    private static List<String> tokenize(String source) throws WhenException {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if ("=!<>".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < source.length() && "=!<>".indexOf(source.charAt(end)) >= 0) {
                    end++;
                }
                String operator = source.substring(i, end);
                if (!List.of("==", "!=", "<", "<=", ">", ">=").contains(operator)) {
                    throw new WhenException("'" + operator + "' is not a comparison (==, !=, <, <=, >, >=)");
                }
                tokens.add(operator);
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = source.indexOf(c, i + 1);
                if (end < 0) {
                    throw new WhenException("a quote is not closed");
                }
                tokens.add(source.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < source.length() && !Character.isWhitespace(source.charAt(end))
                        && "()=!<>'\"".indexOf(source.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(source.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }
}
