package org.cokit.comparison;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The organisations an assessment is compared with: every opted-in organisation, or those sharing one of the asking
 * organisation's own characteristics.
 */
public enum PeerGroup {
    ALL("all", null),
    COUNTRY("country", "country"),
    LEVEL("level", "government_level"),
    SECTOR("sector", "sector"),
    SIZE("size", "size_band");

    private final String id;
    private final String column;

    PeerGroup(String id, String column) {
        this.id = id;
        this.column = column;
    }

    /** The id used in the API's {@code ?group=}. */
    public String id() {
        return id;
    }

    /** The organisation column whose value the group shares; null for {@link #ALL}. */
    String column() {
        return column;
    }

    public static Optional<PeerGroup> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst();
    }
}
