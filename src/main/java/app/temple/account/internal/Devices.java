package app.temple.account.internal;

/** A short, human description of a browser from its User-Agent, for the list of active sessions. */
final class Devices {

    private Devices() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        return browser(userAgent) + " on " + system(userAgent);
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) return "Edge";
        if (ua.contains("Firefox/")) return "Firefox";
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) return "Chrome";
        if (ua.contains("Safari/")) return "Safari";
        return "A browser";
    }

    private static String system(String ua) {
        if (ua.contains("iPhone") || ua.contains("iPad")) return "iOS";
        if (ua.contains("Android")) return "Android";
        if (ua.contains("Windows")) return "Windows";
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) return "macOS";
        if (ua.contains("Linux")) return "Linux";
        return "an unknown system";
    }
}
