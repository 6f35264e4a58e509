package app.temple.mail;

/** The letters Temple sends. Each has a neutral subject that says nothing about the platform's topic. */
public enum LetterKind {
    VERIFY_EMAIL, SIGN_IN_LINK, PASSWORD_RESET, SECURITY_CHANGE, ACCOUNT_ERASED, STAFF_INVITATION
}
