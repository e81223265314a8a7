package org.cokit.organisation;

/** The result of a single sign-on: the member's caller, or the reason the sign-on is refused (caller null). */
public record SsoOutcome(Caller caller, Refusal refusal, String detail) {

    /** Why a single sign-on is refused; each has its own explanation on the page. */
    public enum Refusal {
        /** The ID token lacks the e-mail or the organisation claim. */
        MISSING_CLAIM,
        /** No organisation in CoKit matches the organisation claim. */
        UNKNOWN_ORGANISATION,
        /** None of the role claim's values stands for a CoKit role. */
        NO_ROLE,
        /** The e-mail belongs to an account of another organisation, an administrator or another provider subject. */
        ACCOUNT_CONFLICT
    }

    static SsoOutcome signedIn(Caller caller) {
        return new SsoOutcome(caller, null, null);
    }

    static SsoOutcome refused(Refusal refusal, String detail) {
        return new SsoOutcome(null, refusal, detail);
    }

    public boolean isSignedIn() {
        return caller != null;
    }
}
