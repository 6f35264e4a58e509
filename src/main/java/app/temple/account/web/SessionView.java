package app.temple.account.web;

/**
 * One signed-in session as its member sees it; {@code lastSeen} is already formatted for her. {@code handle}
 * is an opaque random name for the session, never its id, so the page holds nothing usable as a cookie.
 */
public record SessionView(String handle, String device, String lastSeen, boolean current) {

    @Override
    public String toString() {
        return "SessionView[device=" + device + ", lastSeen=" + lastSeen + ", current=" + current + ", (handle redacted)]";
    }
}
