package app.temple.account;

/** What someone may do on Temple. Everyone with an account is a member; staff roles add to that. */
public enum Role {
    MEMBER, PRACTITIONER, EDITOR, ADMIN;

    /** Staff must protect their account with a second factor: they see other people's data. */
    public boolean requiresSecondFactor() {
        return this != MEMBER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
