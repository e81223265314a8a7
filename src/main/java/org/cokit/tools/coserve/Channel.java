package org.cokit.tools.coserve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ways users reach a service; ids are stable (API and database). */
public enum Channel {
    WEB, MOBILE_APP, EMAIL, PHONE, POST, OFFICE, HOME_VISIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Channel> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Channel::id).toList();
    }
}
