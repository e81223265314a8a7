package org.cokit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of the accessibility statement and its footer link, in {@code messages/a11y_<language>.properties};
 * templates use {@code {a11y:key}}.
 */
@MessageBundle(value = "a11y", locale = "en")
public interface A11yMessages {

    @Message
    String footer_link();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String status_title();

    @Message
    String status_text();

    @Message
    String non_accessible_title();

    @Message
    String non_accessible_intro();

    @Message
    String issue_pdf();

    @Message
    String issue_translations();

    @Message
    String issue_api();

    @Message
    String preparation_title();

    @Message
    String preparation_text(String date);

    @Message
    String feedback_title();

    @Message
    String feedback_text();

    @Message
    String feedback_email();

    @Message
    String feedback_none();

    @Message
    String enforcement_title();

    @Message
    String enforcement_text();

    @Message
    String enforcement_link();
}
