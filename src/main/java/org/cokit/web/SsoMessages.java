package org.cokit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface texts of the single sign-on pages, in {@code messages/sso_<language>.properties}; {@code {sso:key}}. */
@MessageBundle(value = "sso", locale = "en")
public interface SsoMessages {

    @Message
    String sso_signed_in_title();

    @Message
    String sso_signed_in_text(String name);

    @Message
    String sso_continue();

    @Message
    String sso_refused_title();

    @Message
    String sso_refused_missing_claim(String claim);

    @Message
    String sso_refused_unknown_organisation(String organisation);

    @Message
    String sso_refused_no_role(String values);

    @Message
    String sso_refused_account_conflict(String email);

    @Message
    String sso_back_to_login();
}
