package org.cokit.tools.coserve;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cokit.i18n.Language;

/** The ways users reach a service; ids are stable (API and database). */
public enum Channel {
    WEB, MOBILE_APP, EMAIL, PHONE, POST, OFFICE, HOME_VISIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Channel> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** The channel's name in {@code language}: one set of names for every tool that shows channels. */
    public String label(Language language) {
        ServeMessages m = MessageBundles.get(ServeMessages.class, Localized.Literal.of(language.tag()));
        return switch (this) {
            case WEB -> m.channel_web();
            case MOBILE_APP -> m.channel_mobile_app();
            case EMAIL -> m.channel_email();
            case PHONE -> m.channel_phone();
            case POST -> m.channel_post();
            case OFFICE -> m.channel_office();
            case HOME_VISIT -> m.channel_home_visit();
        };
    }

    /** The name of the channel with this id in {@code language}; an id this version does not know as it is. */
    public static String label(String id, Language language) {
        return fromId(id).map(c -> c.label(language)).orElse(id);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Channel::id).toList();
    }
}
