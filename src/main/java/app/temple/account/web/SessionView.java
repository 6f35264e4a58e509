package app.temple.account.web;

/** One signed-in session as its member sees it; {@code lastSeen} is already formatted for her. */
public record SessionView(String id, String device, String lastSeen, boolean current) {
}
