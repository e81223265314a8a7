package org.cokit.organisation;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Stream;

/** The organisation package's parts of an organisation's data export: its record, its members and invitations. */
public final class OrganisationExportParts {

    private OrganisationExportParts() {
    }

    /** Writes one row's fields into the object {@link #rows} opened for it. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(T row, JsonGenerator out) throws IOException;
    }

    /**
     * Writes the rows as a JSON array of objects, one per row, reading the stream as it goes (so an organisation's
     * export never holds all its rows) and closing it.
     */
    public static <T> void rows(JsonGenerator out, Stream<T> rows, RowWriter<? super T> writer) throws IOException {
        out.writeStartArray();
        try (rows) {
            for (T row : (Iterable<T>) rows::iterator) {
                out.writeStartObject();
                writer.write(row, out);
                out.writeEndObject();
            }
        }
        out.writeEndArray();
    }

    /** Writes {@code name: [rows]}, as {@link #rows} does. */
    public static <T> void rowsField(JsonGenerator out, String name, Stream<T> rows, RowWriter<? super T> writer)
            throws IOException {
        out.writeFieldName(name);
        rows(out, rows, writer);
    }

    /** The results of a query about one organisation, named {@code :o} in it, streamed as the export writes them. */
    public static <T> Stream<T> ofOrganisation(EntityManager entityManager, String query, Class<T> type,
            long organisationId) {
        return entityManager.createQuery(query, type).setParameter("o", organisationId).getResultStream();
    }

    /** Writes {@code name: value} where the value is an ISO-8601 instant or null. */
    public static void instant(JsonGenerator out, String name, Instant value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeStringField(name, value.toString());
        }
    }

    /** Writes {@code name: value} where the value is a whole number or null. */
    public static void number(JsonGenerator out, String name, Number value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value.longValue());
        }
    }

    /** Writes {@code name: value} where the value is a decimal number or null. */
    public static void decimal(JsonGenerator out, String name, Double value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value);
        }
    }

    /** Writes {@code name: value} where the value is an enum's lower-case name or null. */
    public static void lowerCase(JsonGenerator out, String name, Enum<?> value) throws IOException {
        out.writeStringField(name, value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The organisation's own record. */
    @ApplicationScoped
    public static class OrganisationPart implements OrganisationExportPart {

        @Override
        public String name() {
            return "organisation";
        }

        @Override
        public void write(long organisationId, JsonGenerator out) throws IOException {
            Organisation o = Organisation.findById(organisationId);
            out.writeStartObject();
            out.writeNumberField("id", o.id);
            out.writeStringField("name", o.name);
            out.writeStringField("country", o.country);
            lowerCase(out, "governmentLevel", o.governmentLevel);
            lowerCase(out, "sector", o.sector);
            lowerCase(out, "sizeBand", o.sizeBand);
            out.writeStringField("language", o.language == null ? null : o.language.tag());
            instant(out, "createdAt", o.createdAt);
            out.writeEndObject();
        }
    }

    /** Members with their roles; never password hashes or lock counters. */
    @ApplicationScoped
    public static class MembersPart implements OrganisationExportPart {

        @Override
        public String name() {
            return "members";
        }

        @Override
        public void write(long organisationId, JsonGenerator out) throws IOException {
            rows(out, Member.<Member>stream("organisation.id = ?1 order by id", organisationId), (m, o) -> {
                o.writeNumberField("id", m.id);
                o.writeStringField("email", m.email);
                o.writeStringField("displayName", m.displayName);
                o.writeArrayFieldStart("roles");
                for (Role role : m.roles.stream().sorted().toList()) {
                    o.writeString(role.id());
                }
                o.writeEndArray();
                instant(o, "createdAt", m.createdAt);
                instant(o, "lastLoginAt", m.lastLoginAt);
            });
        }
    }

    /** Invitations, without their token hashes. */
    @ApplicationScoped
    public static class InvitationsPart implements OrganisationExportPart {

        @Override
        public String name() {
            return "invitations";
        }

        @Override
        public void write(long organisationId, JsonGenerator out) throws IOException {
            rows(out, Invitation.<Invitation>stream("organisation.id = ?1 order by id", organisationId), (i, o) -> {
                o.writeNumberField("id", i.id);
                o.writeStringField("email", i.email);
                o.writeStringField("displayName", i.displayName);
                o.writeStringField("roles", i.roles);
                o.writeStringField("invitedBy", i.invitedBy);
                instant(o, "createdAt", i.createdAt);
                instant(o, "expiresAt", i.expiresAt);
                instant(o, "acceptedAt", i.acceptedAt);
                instant(o, "revokedAt", i.revokedAt);
            });
        }
    }
}
