package app.temple.account.web;

/** Opens the controller's redirect check to tests in other packages. */
public final class AccountControllerSafety {

    private AccountControllerSafety() {
    }

    public static String safe(String next) {
        return AccountController.safe(next);
    }
}
