package app.temple.account.web;

import java.util.Arrays;

/**
 * What her settings page says after a change was saved, named in the redirect as {@code ?saved=password}. Only these
 * names mean anything: any other value shows nothing, so the address cannot be made to print words of its own.
 */
enum SavedNotice {

    PASSWORD("password", "account.saved.password"),
    TOTP_OFF("totp-off", "account.saved.totpOff");

    private final String name;
    private final String messageKey;

    SavedNotice(String name, String messageKey) {
        this.name = name;
        this.messageKey = messageKey;
    }

    /** The redirect to {@code path} that shows this notice. */
    String redirectTo(String path) {
        return "redirect:" + path + "?saved=" + name;
    }

    /** The message key for a {@code saved} parameter, or null when it names no notice. */
    static String messageKeyOf(String saved) {
        return Arrays.stream(values()).filter(notice -> notice.name.equals(saved)).findFirst()
                .map(notice -> notice.messageKey).orElse(null);
    }
}
