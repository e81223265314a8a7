package org.cokit.organisation;

import java.util.List;

/** A member as the API lists them; never with the password hash or lockout state. */
public record MemberView(long id, String email, String displayName, List<String> roles) {

    public static MemberView of(Member member) {
        return new MemberView(member.id, member.email, member.displayName,
                member.roleSet().stream().map(Role::id).toList());
    }
}
