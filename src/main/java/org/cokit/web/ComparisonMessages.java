package org.cokit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of comparison and sharing, in {@code messages/cmp_<language>.properties}; templates use
 * {@code {cmp:key}}.
 */
@MessageBundle(value = "cmp", locale = "en")
public interface ComparisonMessages {

    @Message
    String sharing_title();

    @Message
    String sharing_link();

    @Message
    String sharing_intro();

    @Message
    String sharing_what_title();

    @Message
    String sharing_shared(int min);

    @Message
    String sharing_rounds();

    @Message
    String sharing_never_title();

    @Message
    String sharing_never();

    @Message
    String sharing_stop();

    @Message
    String sharing_status_on();

    @Message
    String sharing_status_off();

    @Message
    String sharing_choice();

    @Message
    String sharing_yes();

    @Message
    String sharing_no();

    @Message
    String sharing_submit();

    @Message
    String sharing_saved();

    @Message
    String comparison_too_few();

    @Message
    String comparison_overlapping();
}
