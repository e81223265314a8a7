package org.cokit.engine;

import java.util.Optional;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;

/**
 * The contract by which each tool shows itself as one step of an organisation's path (CoReady, CoServe, CoNew,
 * CoMaster). The home page lists every bean of this type in {@link #order()}; it never names a tool.
 */
public interface ToolStep {

    /** Position on the path, 1 for the first step. */
    int order();

    /** The tool's stable kebab-case id; its texts are the message keys {@code step_<id>_name} and {@code _text}. */
    String id();

    /** Where the organisation stands in this step; a tool not built yet is {@link StepStatus#COMING}. */
    default StepStatus status(long organisationId) {
        return StepStatus.COMING;
    }

    /** The next thing this caller can do in this step, if anything. */
    default Optional<StepAction> nextAction(Caller caller) {
        return Optional.empty();
    }

    /** A short line in {@code language} on what the step has settled so far (e.g. the service chosen), if any. */
    default Optional<String> note(Caller caller, Language language) {
        return Optional.empty();
    }

    enum StepStatus {
        NOT_STARTED, IN_PROGRESS, DONE,
        /** The tool is not part of this version yet. */
        COMING
    }

    /**
     * A link to the next thing to do; {@code messageKey} names its text in the interface message bundle.
     */
    record StepAction(String messageKey, String href) {
    }
}
