package org.cokit.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its stable lower-case id. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.id();
    }

    @Override
    public Role convertToEntityAttribute(String id) {
        return id == null ? null : Role.fromId(id).orElseThrow(() -> new IllegalStateException("Unknown role " + id));
    }
}
