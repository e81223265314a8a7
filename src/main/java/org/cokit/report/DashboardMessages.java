package org.cokit.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the manager dashboard, in {@code messages/dash_<language>.properties}; templates use {@code {dash:key}}. */
@MessageBundle(value = "dash", locale = "en")
public interface DashboardMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String pdf();

    @Message
    String none();

    @Message
    String latest();

    @Message
    String round_closed(String title, String date);

    @Message
    String open_result(String title);

    @Message
    String subjects();

    @Message
    String subjects_desc(int count);

    @Message
    String subject();

    @Message
    String subject_closed(String date, int count);

    @Message
    String peers_round(String title, String date);

    @Message
    String peers_figures(String percentile, String organisations, String median);

    @Message
    String peers_no_score();

    @Message
    String actions();

    @Message
    String actions_summary(int open, int overdue);

    @Message
    String actions_none();

    @Message
    String action();

    @Message
    String due_overdue(String date);

    @Message
    String no_due();

    @Message
    String roadmap_link();
}
