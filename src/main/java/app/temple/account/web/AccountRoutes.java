package app.temple.account.web;

/** The paths of her account's own pages, whole, so a route can be found by grepping it. */
final class AccountRoutes {

    /** Her home: her courses, sessions, results and reflections. */
    static final String HOME = "/account";
    /** Her settings, one level down: sign-in, security, email address, and the way to her privacy centre. */
    static final String SETTINGS = "/account/settings";

    private AccountRoutes() {
    }
}
