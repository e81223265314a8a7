package org.cokit.report;

import java.util.List;
import org.cokit.scoring.roadmap.ActionStatus;
import org.cokit.web.Form;

/**
 * The owner, due-date and status fields of one roadmap action's form, as the {@code actionFields} tag shows them:
 * ids unique on the page (several actions, several forms) and the values to fill in.
 */
public record ActionFields(String owner, String due, String status, String ownerValue, String dueValue,
        String statusValue) {

    /** A status the form offers. */
    public record StatusOption(String value, String label) {
    }

    /** Fields named {@code <prefix>owner} etc., showing what {@code form} holds (empty for a new form). */
    public static ActionFields typed(String prefix, Form form) {
        return new ActionFields(prefix + "owner", prefix + "due", prefix + "status", form.value(prefix + "owner"),
                form.value(prefix + "due"), form.value(prefix + "status"));
    }

    /** Fields showing an action's stored values, or what was typed when {@code refused} (its save was refused). */
    public static ActionFields stored(String prefix, Form form, boolean refused, String owner, String due,
            String status) {
        return refused ? typed(prefix, form) : new ActionFields(prefix + "owner", prefix + "due", prefix + "status",
                owner, due, status);
    }

    /** Every status, or for adopting only those an action may start in (not dropped). */
    static List<StatusOption> statuses(ReportMessages t, boolean adopting) {
        return List.of(ActionStatus.values()).stream().filter(s -> !adopting || s != ActionStatus.DROPPED)
                .map(s -> new StatusOption(s.id(), label(s, t))).toList();
    }

    static String label(ActionStatus status, ReportMessages t) {
        return switch (status) {
            case PLANNED -> t.action_status_planned();
            case IN_PROGRESS -> t.action_status_in_progress();
            case DONE -> t.action_status_done();
            case DROPPED -> t.action_status_dropped();
        };
    }
}
