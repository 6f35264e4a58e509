package app.temple.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Coming back after signing in to the page she was on (e.g. the time she chose to book). The page to come back to
 * travels as {@code next}; only a path on this site is ever followed, so a crafted link cannot send her elsewhere
 * after she signed in (an open redirect).
 */
public final class SignInReturn {

    public static final String SIGN_IN_PAGE = "/sign-in";
    static final int LONGEST = 2000;

    private SignInReturn() {
    }

    /** The sign-in page's address, coming back to {@code next} (a path on this site) afterwards. */
    public static String signInThenReturnTo(String next) {
        return localPath(next).map(path -> SIGN_IN_PAGE + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .orElse(SIGN_IN_PAGE);
    }

    /**
     * The candidate if it is a path on this site: one leading slash, then no second slash or backslash right after it
     * (a browser reads "//host" and "/\host" as another site), no backslash anywhere, no control character; empty
     * otherwise, including for "https://..." and "javascript:...".
     */
    public static Optional<String> localPath(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > LONGEST || candidate.charAt(0) != '/') {
            return Optional.empty();
        }
        if (candidate.startsWith("//") || candidate.indexOf('\\') >= 0
                || candidate.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
