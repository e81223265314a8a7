package org.cokit.organisation;

/**
 * A part of CoKit that keeps rows about organisations or members in tables of its own (the engine's assessments,
 * the scoring's results and roadmaps, a tool's services...). Deleting an organisation or an account asks every
 * owner, in the deleting transaction, so the organisation package needs to know none of them. Owners run in
 * descending {@link #order()}: the higher layers first, as their rows point at the lower layers' rows.
 */
public interface OrganisationDataOwner {

    /** Orders of the layers; an owner in a tool uses {@link #TOOLS}. */
    int TOOLS = 400;
    int COMPARISON = 300;
    int SCORING = 200;
    int ENGINE = 100;

    int order();

    /** Deletes every row this owner keeps for the organisation (the organisation row itself stays until the end). */
    void deleteOrganisationData(long organisationId);

    /**
     * Erases a member's name and e-mail from this owner's rows before the member's account is deleted, replacing
     * the e-mail by {@code replacement} where a column must hold something; the member row is still there.
     */
    void eraseMember(long memberId, String email, String replacement);

    /** What this owner holds about the member, for their account page (e.g. their submissions). */
    default java.util.List<HeldItem> heldAbout(long memberId) {
        return java.util.List.of();
    }

    /** One thing held about a member: its kind (e.g. {@code submission}), id, a label, a status and a date. */
    record HeldItem(String kind, Long id, String label, String status, java.time.Instant at) {
    }
}
