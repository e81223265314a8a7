package org.cokit.organisation;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** The organisation package's parts of an organisation's data export: its record, its members and invitations. */
public final class OrganisationExportParts {

    private OrganisationExportParts() {
    }

    /** Writes {@code name: value} where the value is an ISO-8601 instant or null. */
    public static void instant(JsonGenerator out, String name, Instant value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeStringField(name, value.toString());
        }
    }

    /** Writes {@code name: value} where the value is a number or null. */
    public static void number(JsonGenerator out, String name, Number value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value.longValue());
        }
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
            out.writeStringField("governmentLevel", o.governmentLevel == null ? null : o.governmentLevel.name()
                    .toLowerCase(java.util.Locale.ROOT));
            out.writeStringField("sector", o.sector == null ? null : o.sector.name().toLowerCase(java.util.Locale.ROOT));
            out.writeStringField("sizeBand", o.sizeBand == null ? null : o.sizeBand.name().toLowerCase(java.util.Locale.ROOT));
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
            out.writeStartArray();
            List<Member> members = Member.list("organisation.id = ?1 order by id", organisationId);
            for (Member m : members) {
                out.writeStartObject();
                out.writeNumberField("id", m.id);
                out.writeStringField("email", m.email);
                out.writeStringField("displayName", m.displayName);
                out.writeArrayFieldStart("roles");
                for (Role role : m.roles.stream().sorted().toList()) {
                    out.writeString(role.id());
                }
                out.writeEndArray();
                instant(out, "createdAt", m.createdAt);
                instant(out, "lastLoginAt", m.lastLoginAt);
                out.writeEndObject();
            }
            out.writeEndArray();
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
            out.writeStartArray();
            List<Invitation> invitations = Invitation.list("organisation.id = ?1 order by id", organisationId);
            for (Invitation i : invitations) {
                out.writeStartObject();
                out.writeNumberField("id", i.id);
                out.writeStringField("email", i.email);
                out.writeStringField("displayName", i.displayName);
                out.writeStringField("roles", i.roles);
                out.writeStringField("invitedBy", i.invitedBy);
                instant(out, "createdAt", i.createdAt);
                instant(out, "expiresAt", i.expiresAt);
                instant(out, "acceptedAt", i.acceptedAt);
                instant(out, "revokedAt", i.revokedAt);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }
}
