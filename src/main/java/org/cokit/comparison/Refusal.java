package org.cokit.comparison;

/** Why a peer figure is withheld. Neither reason says how many organisations the group has. */
public enum Refusal {
    /** The group (or, for one node, those of it with a score) has fewer organisations than the minimum. */
    TOO_FEW_ORGANISATIONS("too-few-organisations"),
    /**
     * A larger offered group contains this one and has more organisations, but fewer more than the minimum: the
     * two groups' figures side by side could reveal the few organisations in the difference.
     */
    OVERLAPPING_GROUP("overlapping-group");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    /** The stable code the API answers with. */
    public String code() {
        return code;
    }
}
