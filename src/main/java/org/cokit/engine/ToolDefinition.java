package org.cokit.engine;

import java.util.Optional;

/**
 * What the engine needs to know of a tool to run its assessments. Each tool contributes one bean; the engine looks
 * tools up by id and never names one.
 */
public interface ToolDefinition {

    /** The tool's stable kebab-case id, as used in {@code POST /api/assessments}. */
    String id();

    /** The questionnaire its assessments are answered with; a new assessment pins its newest version. */
    String questionnaireId();

    /** The rule set that scores its assessments, if it is scored. */
    Optional<String> ruleSetId();

    /**
     * Whether an assessment is about a subject other than the organisation itself (CoServe: a service), so a
     * subject id is required and must belong to the organisation.
     */
    default boolean assessesSubject() {
        return false;
    }

    /** Whether the subject exists in the organisation; asked only when {@link #assessesSubject()}. */
    default boolean subjectExists(long organisationId, long subjectId) {
        return false;
    }
}
