import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes a signed-in member who holds a grant to every course on a Temple started with TEMPLE_ADMIN_EMAIL set and
 * the development outbox, through the same pages a person would use: the first admin accepts her invitation, sets
 * up her authenticator app and grants access; the member signs up, confirms her address and signs in. Prints the
 * member's Cookie header, for wrk. Only the JDK is needed: {@code java bench/SignedInMember.java <base> <admin> <member>}.
 */
public class SignedInMember {

    private static final String PASSWORD = "a long bench passphrase 4 tests";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Browser admin = new Browser(base);
        String invitation = admin.linkInOutbox("/invitation?token=", args[1]);
        admin.submit(invitation, "/invitation", Map.of("token", query(invitation, "token"), "displayName", "Bench admin",
                "password", PASSWORD));
        admin.submit("/sign-in", "/sign-in", Map.of("email", args[1], "password", PASSWORD));
        String setup = admin.get("/account/security/totp");
        Matcher secret = Pattern.compile("class=\"secret\">([A-Z2-7 ]+)<").matcher(setup);
        if (!secret.find()) {
            throw new IllegalStateException("the authenticator set-up page showed no secret");
        }
        // the set-up page makes a new secret each time it is opened, so the code is sent with this page's token
        admin.post(setup, "/account/security/totp", Map.of("code", totp(secret.group(1).replace(" ", ""))));

        Browser member = new Browser(base);
        member.submit("/sign-up", "/sign-up", Map.of("email", args[2], "displayName", "Bench member", "password", PASSWORD));
        String verify = member.linkInOutbox("/verify-email?token=", args[2]);
        member.submit(verify, "/verify-email", Map.of("token", query(verify, "token")));
        admin.submit("/admin/grants", "/admin/grants", Map.of("email", args[2], "scope", "all",
                "starts", LocalDate.now().toString(), "ends", ""));
        member.submit("/sign-in", "/sign-in", Map.of("email", args[2], "password", PASSWORD));
        if (!member.get("/courses/foundation/f2-2").contains("id=\"lesson-text\"")) {
            throw new IllegalStateException("the member was not given access");
        }
        System.out.println(member.cookieHeader());
    }

    private static String query(String link, String name) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(link);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + link);
        }
        return value.group(1);
    }

    /** RFC 6238 with the authenticator apps' defaults: SHA-1, 30-second steps, six digits. */
    static String totp(String base32) throws Exception {
        byte[] key = base32(base32);
        long step = System.currentTimeMillis() / 1000 / 30;
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(bytes.array(), bytes.position());
    }

    /** One person's browser: her cookies, and forms sent with the token the page they are on carries. */
    static final class Browser {

        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(absolute(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        }

        /** Opens the page holding the form, then posts it with that page's CSRF token. */
        void submit(String page, String action, Map<String, String> fields) throws Exception {
            post(get(page), action, fields);
        }

        /** Posts a form with the token of a page already opened. */
        void post(String pageHtml, String action, Map<String, String> fields) throws Exception {
            Matcher token = CSRF.matcher(pageHtml);
            if (!token.find()) {
                throw new IllegalStateException("the page before " + action + " has no form token");
            }
            Map<String, String> body = new LinkedHashMap<>(fields);
            body.put("_csrf", token.group(1));
            String form = body.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(absolute(action)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("POST " + action + " answered " + response.statusCode());
            }
        }

        /** The newest link of a kind in the development outbox, sent to this address. */
        String linkInOutbox(String kind, String address) throws Exception {
            for (int attempt = 0; attempt < 50; attempt++) {
                String outbox = get("/dev/outbox").replace("&amp;", "&");
                int at = outbox.indexOf(address);
                Matcher link = Pattern.compile("https?://[^\\s\"<]*" + Pattern.quote(kind) + "[^\\s\"<]+").matcher(outbox);
                if (at >= 0 && link.find()) {
                    return URI.create(link.group()).getRawPath() + "?" + URI.create(link.group()).getRawQuery();
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("no letter with " + kind + " for " + address + " in the outbox");
        }

        String cookieHeader() {
            // not temple_fresh: it marks a browser for three seconds after a change, and wrk would carry it for ever
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> !cookie.getName().equals("temple_fresh"))
                    .map(HttpCookie::toString).collect(Collectors.joining("; "));
        }

        private String absolute(String path) {
            return path.startsWith("http") ? path : base + path;
        }
    }
}
