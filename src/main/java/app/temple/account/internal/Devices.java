package app.temple.account.internal;

/**
 * A coarse label for a browser, from its User-Agent, for the list of active sessions: the browser's family
 * and the system only ("chrome/linux"), never a version, and never the IP address, so the session row holds
 * nothing that identifies her or her machine. The sessions page words the label in her language.
 */
final class Devices {

    /** The label of a session whose browser sent no User-Agent. */
    static final String UNKNOWN = "unknown";

    private Devices() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        return browser(userAgent) + "/" + system(userAgent);
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) return "edge";
        if (ua.contains("Firefox/")) return "firefox";
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) return "chrome";
        if (ua.contains("Safari/")) return "safari";
        return "other";
    }

    private static String system(String ua) {
        if (ua.contains("iPhone") || ua.contains("iPad")) return "ios";
        if (ua.contains("Android")) return "android";
        if (ua.contains("Windows")) return "windows";
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) return "macos";
        if (ua.contains("Linux")) return "linux";
        return "other";
    }
}
