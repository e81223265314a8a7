package org.cokit.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a member may do. The security role names are the lower-case ids, as {@code @RolesAllowed} uses them. */
public enum Role {
    RESPONDENT(Role.Names.RESPONDENT),
    COORDINATOR(Role.Names.COORDINATOR),
    MANAGER(Role.Names.MANAGER),
    ADMIN(Role.Names.ADMIN);

    /** Compile-time role names for annotations. */
    public static final class Names {
        public static final String RESPONDENT = "respondent";
        public static final String COORDINATOR = "coordinator";
        public static final String MANAGER = "manager";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Roles a coordinator can hand out within an organisation; {@code admin} is global and never invited. */
    public boolean isOrganisationRole() {
        return this != ADMIN;
    }

    /** Reads the id in API bodies; an unknown id fails the body with the field named. */
    @JsonCreator
    public static Role ofId(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown role '" + id + "'"));
    }

    public static Optional<Role> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst();
    }
}
