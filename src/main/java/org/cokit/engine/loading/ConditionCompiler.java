package org.cokit.engine.loading;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cokit.engine.definition.Condition;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;

/**
 * Compiles {@code show-if} and {@code required-if} expressions (CEL) and checks them against the questionnaire:
 * the result must be a bool, every question named must exist and come earlier, and a comparison with a literal
 * must fit the question (an option id that exists, a number for number and scale questions).
 */
final class ConditionCompiler {

    /** Longer conditions are a sign that logic belongs in scoring rules, not in a question's visibility. */
    private static final int MAX_EXPRESSION_LENGTH = 1000;

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setOptions(CelOptions.current()
                    // Answers to scale and number questions are doubles; let "answers[\"size\"] > 3" compare them.
                    .enableHeterogeneousNumericComparisons(true)
                    .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
                    .comprehensionMaxIterations(1000)
                    .build())
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("answers", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();

    private static final Set<String> COMPARISONS = Set.of("_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_");

    /** A compiled condition, or the reasons it cannot be used. */
    record Compiled(Condition condition, List<String> errors) {
    }

    /**
     * Compiles {@code expression}, the {@code field} ({@code show-if} or {@code required-if}) of question
     * {@code owner}; {@code earlier} holds the questions before it by id, {@code all} every question.
     */
    Compiled compile(String expression, String field, String owner, Map<String, Question> earlier,
            Map<String, Question> all) {
        CelValidationResult result = CEL.compile(expression);
        List<String> errors = new ArrayList<>();
        if (result.hasError()) {
            for (CelIssue issue : result.getErrors()) {
                errors.add(field + " '" + expression + "': " + issue.getMessage() + at(issue));
            }
            return new Compiled(null, errors);
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = result.getAst();
        } catch (CelValidationException e) {
            return new Compiled(null, List.of(field + " '" + expression + "': " + e.getMessage()));
        }
        Set<String> references = new LinkedHashSet<>();
        new Analysis(field, owner, earlier, all, references, errors).visit(ast.getExpr());
        if (!errors.isEmpty()) {
            return new Compiled(null, errors);
        }
        try {
            return new Compiled(new Condition(expression, references, CEL.createProgram(ast)), List.of());
        } catch (CelEvaluationException e) {
            return new Compiled(null, List.of(field + " '" + expression + "': " + e.getMessage()));
        }
    }

    private static String at(CelIssue issue) {
        int column = issue.getSourceLocation().getColumn();
        return column >= 0 ? " (at character " + (column + 1) + ")" : "";
    }

    /** Walks the expression for uses of {@code answers} and checks each against the questionnaire. */
    private record Analysis(String field, String owner, Map<String, Question> earlier, Map<String, Question> all,
            Set<String> references, List<String> errors) {

        void visit(CelExpr expr) {
            switch (expr.getKind()) {
                case IDENT -> {
                    if (expr.ident().name().equals("answers")) {
                        errors.add(field + ": use answers only as answers[\"question-id\"], \"question-id\" in answers"
                                + " or has(answers.id), so that the questions it reads are known");
                    }
                }
                case SELECT -> {
                    CelExpr operand = expr.select().operand();
                    if (isAnswers(operand)) {
                        reference(expr.select().field());
                    } else {
                        visit(operand);
                    }
                }
                case CALL -> visitCall(expr);
                case LIST -> expr.list().elements().forEach(this::visit);
                case MAP -> expr.map().entries().forEach(e -> {
                    visit(e.key());
                    visit(e.value());
                });
                case STRUCT -> expr.struct().entries().forEach(e -> visit(e.value()));
                case COMPREHENSION -> {
                    visit(expr.comprehension().iterRange());
                    visit(expr.comprehension().accuInit());
                    visit(expr.comprehension().loopCondition());
                    visit(expr.comprehension().loopStep());
                    visit(expr.comprehension().result());
                }
                default -> {
                }
            }
        }

        private void visitCall(CelExpr expr) {
            String function = expr.call().function();
            List<CelExpr> args = expr.call().args();
            if (function.equals("_[_]") && args.size() == 2 && isAnswers(args.get(0))) {
                Optional<String> id = string(args.get(1));
                if (id.isPresent()) {
                    reference(id.get());
                } else {
                    errors.add(field + ": answers[...] needs a question id in quotes, e.g. answers[\"many-users\"]");
                    visit(args.get(1));
                }
                return;
            }
            if (function.equals("@in") && args.size() == 2 && isAnswers(args.get(1))) {
                Optional<String> id = string(args.get(0));
                if (id.isPresent()) {
                    reference(id.get());
                } else {
                    errors.add(field + ": '... in answers' needs a question id in quotes, e.g. \"many-users\" in answers");
                    visit(args.get(0));
                }
                return;
            }
            if (COMPARISONS.contains(function) && args.size() == 2) {
                checkComparison(function, args.get(0), args.get(1));
                checkComparison(function, args.get(1), args.get(0));
            }
            if (function.equals("@in") && args.size() == 2) {
                checkMembership(args.get(0), args.get(1));
            }
            expr.call().target().ifPresent(this::visit);
            args.forEach(this::visit);
        }

        private void reference(String id) {
            references.add(id);
            if (id.equals(owner)) {
                errors.add(field + " refers to its own question '" + id + "'");
            } else if (!all.containsKey(id)) {
                errors.add(field + " refers to question '" + id + "', which does not exist");
            } else if (!earlier.containsKey(id)) {
                errors.add(field + " refers to question '" + id + "', which comes later;"
                        + " a condition may only read questions asked before it");
            }
        }

        /** {@code answers["q"] == literal}: the literal must be a value question q can have. */
        private void checkComparison(String function, CelExpr side, CelExpr other) {
            Optional<Question> question = answerOf(side);
            if (question.isEmpty() || other.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
                return;
            }
            Question q = question.get();
            CelConstant constant = other.constant();
            boolean equality = function.equals("_==_") || function.equals("_!=_");
            boolean numeric = constant.getKind() == CelConstant.Kind.INT64_VALUE
                    || constant.getKind() == CelConstant.Kind.UINT64_VALUE
                    || constant.getKind() == CelConstant.Kind.DOUBLE_VALUE;
            boolean string = constant.getKind() == CelConstant.Kind.STRING_VALUE;
            String subject = field + ": question '" + q.id() + "' (" + q.type().id() + ")";
            switch (q.type()) {
                case YES_NO, SINGLE -> {
                    if (!equality) {
                        errors.add(subject + " can only be compared with == or !=");
                    } else if (!string || !choices(q).contains(constant.stringValue())) {
                        errors.add(subject + " is compared with " + literal(constant) + ", which is not one of its"
                                + " answers " + choices(q));
                    }
                }
                case SCALE, NUMBER -> {
                    if (!numeric) {
                        errors.add(subject + " is a number, but is compared with " + literal(constant));
                    }
                }
                case MULTI -> errors.add(subject + " holds a list of option ids: test it with \"option-id\" in answers[\""
                        + q.id() + "\"]");
                case TEXT, LONG_TEXT -> {
                    if (!string) {
                        errors.add(subject + " is a text, but is compared with " + literal(constant));
                    }
                }
                default -> {
                }
            }
        }

        /** {@code "x" in answers["q"]}: q must be a multi question with an option x. */
        private void checkMembership(CelExpr element, CelExpr collection) {
            Optional<Question> question = answerOf(collection);
            if (question.isEmpty()) {
                return;
            }
            Question q = question.get();
            String subject = field + ": question '" + q.id() + "' (" + q.type().id() + ")";
            if (q.type() != QuestionType.MULTI) {
                errors.add(subject + " is not a multi question, so 'in' cannot test it; compare it with ==");
            } else if (element.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    && !(element.constant().getKind() == CelConstant.Kind.STRING_VALUE
                            && choices(q).contains(element.constant().stringValue()))) {
                errors.add(subject + " is tested for " + literal(element.constant()) + ", which is not one of its"
                        + " options " + choices(q));
            }
        }

        /** The question that {@code answers["q"]} or {@code answers.q} reads, when it exists. */
        private Optional<Question> answerOf(CelExpr expr) {
            if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().function().equals("_[_]")
                    && expr.call().args().size() == 2 && isAnswers(expr.call().args().get(0))) {
                return string(expr.call().args().get(1)).map(all::get);
            }
            if (expr.getKind() == CelExpr.ExprKind.Kind.SELECT && !expr.select().testOnly()
                    && isAnswers(expr.select().operand())) {
                return Optional.ofNullable(all.get(expr.select().field()));
            }
            return Optional.empty();
        }

        private static List<String> choices(Question q) {
            return q.type() == QuestionType.YES_NO ? List.of("yes", "no")
                    : q.options().stream().map(Option::id).toList();
        }

        private static String literal(CelConstant constant) {
            return switch (constant.getKind()) {
                case STRING_VALUE -> "\"" + constant.stringValue() + "\"";
                case INT64_VALUE -> String.valueOf(constant.int64Value());
                case UINT64_VALUE -> constant.uint64Value() + "u";
                case DOUBLE_VALUE -> String.valueOf(constant.doubleValue());
                case BOOLEAN_VALUE -> String.valueOf(constant.booleanValue());
                case NULL_VALUE -> "null";
                default -> constant.getKind().name().toLowerCase(Locale.ROOT);
            };
        }

        private static boolean isAnswers(CelExpr expr) {
            return expr.getKind() == CelExpr.ExprKind.Kind.IDENT && expr.ident().name().equals("answers");
        }

        private static Optional<String> string(CelExpr expr) {
            return expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE
                    ? Optional.of(expr.constant().stringValue()) : Optional.empty();
        }
    }
}
