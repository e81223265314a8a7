package org.cokit.engine.definition;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code show-if} or {@code required-if} expression (CEL), compiled and type-checked when its file loaded.
 * Evaluating it is a pure function of the answers: CEL has no loops, no assignments and no access to the system.
 */
public final class Condition {

    private final String expression;
    private final Set<String> references;
    private final CelRuntime.Program program;

    /** Made by the loader, which compiles and checks {@code expression}; {@code references} are its question ids. */
    public Condition(String expression, Set<String> references, CelRuntime.Program program) {
        this.expression = Objects.requireNonNull(expression);
        this.references = Set.copyOf(references);
        this.program = Objects.requireNonNull(program);
    }

    public String expression() {
        return expression;
    }

    /** The ids of the questions whose answers the expression reads. */
    public Set<String> references() {
        return references;
    }

    /**
     * Evaluates the expression with {@code answers} bound to CEL's {@code answers}: question id to the value that
     * {@code AnswerValues.forConditions} gives, unanswered questions absent. An expression that fails at run time,
     * typically by reading an unanswered question without {@code "id" in answers} first, counts as false.
     */
    public boolean test(Map<String, Object> answers) {
        try {
            return Boolean.TRUE.equals(program.eval(Map.of("answers", answers)));
        } catch (CelEvaluationException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Condition c && c.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
