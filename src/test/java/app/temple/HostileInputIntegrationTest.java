package app.temple;

import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, sent to every form and every API endpoint as a visitor, a signed-in member and an editor: no answer is a
 * 5xx, no answer carries the script tag unescaped, and text the database cannot store (a null character, broken
 * UTF-8) is refused with a 400 before anything is stored.
 * <p>
 * Nothing here is a hand list of forms. The routes are every non-GET mapping of the application's handler mappings,
 * Spring Security's own endpoints, and every form action found on the pages the GET mappings render; the field names
 * are read from those forms, and each payload is also sent under a field name no form has. A form added later is
 * covered without touching this test.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    /** Spring Security's own endpoints: they are filters, so no handler mapping lists them. */
    static final List<String> SECURITY_FORMS = List.of("/sign-in", "/sign-in/link", "/sign-in/link/use", "/sign-out");
    static final List<String> SECURITY_JSON = List.of("/webauthn/register/options", "/webauthn/register",
            "/webauthn/authenticate/options", "/login/webauthn");

    /** What the answer to unreadable input says: the site's error page (in English), or problem+json. */
    static final String READ_NOTHING_PAGE = "read what was sent";
    static final String READ_NOTHING_PROBLEM = "\"title\":\"Unreadable request\"";

    /** A field name no form of ours has, so a handler that reads parameters by other means sees the payload too. */
    static final String GENERIC_FIELD = "anything";

    /**
     * Left out of the "nothing stored" comparison: sessions (the error page's own dispatch may touch her session's
     * last-access time; a refused request creates none) and the scheduler's bookkeeping, which changes on its own.
     */
    static final Set<String> NOT_COMPARED = Set.of("flyway_schema_history", "scheduled_tasks", "spring_session", "site_change",
            "spring_session_attributes");

    /** Values that make a path lead somewhere real, where one exists; anything else gets "x". */
    static final Map<String, String> PATH_VALUES = Map.ofEntries(Map.entry("slug", "nervous-system"),
            Map.entry("tag", "science-based"), Map.entry("purpose", "emails"), Map.entry("choice", "give"),
            Map.entry("token", "no-such-token"), Map.entry("secret", "no-such-secret"), Map.entry("course", "foundation"),
            Map.entry("lesson", "f1-1"), Map.entry("kind", "trauma-informed-therapy"), Map.entry("practitioner", "maja-lind"),
            Map.entry("type", "therapy-session"), Map.entry("language", "en"));

    /**
     * A payload as it travels: in a form or query (URL-encoded, or raw bytes where no encoder would produce them), and
     * inside a JSON string. {@code unreadable} marks those that must be refused with a 400 and store nothing.
     */
    record Payload(String name, byte[] form, byte[] json, boolean unreadable) {

        static Payload text(String name, String value) {
            return new Payload(name, URLEncoder.encode(value, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII),
                    jsonString(value), false);
        }

        private static byte[] jsonString(String value) {
            return value.replace("\\", "\\\\").replace("\"", "\\\"").getBytes(StandardCharsets.UTF_8);
        }

        /**
         * Whether an HTTP client can put it in a URL at all: raw bytes cannot be (the client re-encodes or refuses
         * them), so those are sent in a query by the filter's own test, over a socket.
         */
        boolean fitsInUrl() {
            for (byte b : form) {
                if (b < 0x21 || b > 0x7E) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Payload> PAYLOADS = List.of(
            new Payload("null byte (%00 / \\u0000)", bytes("a%00b"), bytes("a\\u0000b"), true),
            new Payload("null byte (raw)", new byte[]{'a', 0, 'b'}, new byte[]{'a', 0, 'b'}, true),
            new Payload("invalid UTF-8 (percent-encoded)", bytes("a%C3%28%FF"), null, true),
            new Payload("invalid UTF-8 (raw bytes)", new byte[]{'a', (byte) 0xC3, '(', (byte) 0xFF}, new byte[]{'a', (byte) 0xC3, '(', (byte) 0xFF}, true),
            Payload.text("20,000 characters", "x".repeat(20_000)),
            Payload.text("script tag", SCRIPT),
            Payload.text("SQL quote", "' or '1'='1"),
            Payload.text("path traversal", "../../etc/passwd"),
            Payload.text("emoji", "\uD83D\uDE00\uD83C\uDF36\uFE0F \u2764\uFE0F\u200D\uD83D\uDD25"));

    @LocalServerPort
    int port;
    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffInvitations invitations;

    private final Map<String, Visitor> actors = new LinkedHashMap<>();
    private final Map<String, Forms> formsByActor = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final String memberEmail = TestMembers.newAddress("hostile");

    @BeforeAll
    void readEveryFormAsEachActor() {
        actors.put("visitor", new Visitor(port));
        actors.put("member", new TestMembers(port, outbox).signedIn(memberEmail));
        Visitor editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        actors.put("editor", editor);
        actors.forEach((actor, visitor) -> formsByActor.put(actor, readForms(visitor)));
    }

    /**
     * Every route with a variable in its path, with each payload that fits in a URL as that variable, by each actor:
     * never a 5xx, never the script tag back. (Tomcat itself refuses some of them, e.g. an encoded slash, with a 400.)
     */
    @Test
    void everyPathVariableSurvivesEveryPayload() {
        List<String> wrong = new ArrayList<>();
        actors.forEach((actor, visitor) -> eachMapping((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String method = methods.isEmpty() || methods.contains(RequestMethod.GET) ? "GET" : methods.iterator().next().name();
            for (String pattern : info.getPatternValues()) {
                Matcher variable = VARIABLE.matcher(pattern);
                while (variable.find()) {
                    for (Payload payload : PAYLOADS.stream().filter(Payload::fitsInUrl).toList()) {
                        String path = withValues(pattern.substring(0, variable.start())) + new String(payload.form(), StandardCharsets.US_ASCII)
                                + withValues(pattern.substring(variable.end()));
                        if (!method.equals("GET")) {
                            visitor.get("/sign-in");
                        }
                        HttpResponse<String> response = method.equals("GET") ? visitor.get(path)
                                : visitor.send(method, path, "application/x-www-form-urlencoded",
                                ("_csrf=" + visitor.csrfToken()).getBytes(StandardCharsets.US_ASCII));
                        if (response.statusCode() >= 500 || response.body().contains(SCRIPT)) {
                            wrong.add(method + " " + pattern + " {" + variable.group(1) + "} as " + actor + " with " + payload
                                    + ": " + response.statusCode());
                        }
                    }
                }
            }
        }));
        assertThat(wrong).as("path variables answered with a 5xx or the script tag").isEmpty();
    }

    @Test
    void everyFormAndEveryEndpointRefusesOrSurvivesEveryPayload() {
        assertThat(formsByActor.get("member").posts.keySet()).as("the crawl found the forms")
                .contains("/sign-in", "/account/security/password", "/account/privacy/erase");
        assertThat(jsonRoutes()).contains("/api/quizzes/nervous-system/score", "/webauthn/register");
        assertThat(formsByActor.get("member").posts.get("/courses/foundation/f1-1/position"))
                .as("a parameter only a script sends is sent the payloads too").containsKey("seconds");
        assertThat(formsByActor.get("member").posts.get("/courses/foundation/f1-1/reflection")).containsKey("reflection");
        assertThat(formsByActor.get("visitor").gets.get("/courses/pause")).containsKey("back");
        assertThat(formsByActor.get("editor").fileFields().get("/editor/media/foundation/f1-4/captions"))
                .as("forms that send files are sent as multipart too").containsExactly("file");

        Map<String, String> before = TableContents.fingerprint(jdbc, NOT_COMPARED);
        sendEverywhere(PAYLOADS.stream().filter(Payload::unreadable).toList());
        Map<String, String> after = TableContents.fingerprint(jdbc, NOT_COMPARED);
        sendEverywhere(PAYLOADS.stream().filter(payload -> !payload.unreadable()).toList());

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failures).as("requests answered wrongly").isEmpty();
            softly.assertThat(after).as("tables changed by requests that were all refused").isEqualTo(before);
        });
    }

    private void sendEverywhere(List<Payload> payloads) {
        actors.forEach((actor, visitor) -> {
            Forms forms = formsByActor.get(actor);
            forms.gets.forEach((action, fields) -> payloads.stream().filter(Payload::fitsInUrl).forEach(payload ->
                    check("GET " + action, actor, payload, visitor.get(action + "?" + new String(query(fields, payload, false),
                            StandardCharsets.ISO_8859_1)))));
            for (String route : jsonRoutes()) {
                for (Payload payload : payloads) {
                    if (payload.json() != null) {
                        check("POST " + route + " (JSON)", actor, payload,
                                visitor.send("POST", route, "application/json", jsonBody(payload)));
                    }
                }
            }
            for (String route : forms.posts.keySet()) {
                boolean endsSession = endsSession(route);
                if (endsSession && actor.equals("editor")) {
                    continue; // signing her in again takes her authenticator app; the member covers these routes
                }
                Map<String, String> fields = forms.posts.get(route);
                for (Payload payload : payloads) {
                    for (boolean keepValues : keepsValues(fields)) {
                        if (endsSession) {
                            signedInAgain(actor, visitor);
                        }
                        byte[] body = formBody(visitor.csrfToken(), fields, payload, keepValues);
                        String method = forms.methodOf(route);
                        check(method + " " + route + (keepValues ? " (beside the form's own values)" : ""), actor,
                                payload, visitor.send(method, route, "application/x-www-form-urlencoded", body));
                    }
                    if (forms.fileFields().containsKey(route)) {
                        check(forms.methodOf(route) + " " + route + " (multipart)", actor, payload,
                                visitor.send(forms.methodOf(route), route, "multipart/form-data; boundary=" + BOUNDARY,
                                        multipartBody(visitor.csrfToken(), fields, forms.fileFields().get(route), payload)));
                    }
                }
            }
        });
    }

    /**
     * Her sign-out and her erasure may end the member's session and with it her form token, so before each of them
     * she is signed in again if she has to be, and reads a page for a fresh token.
     */
    private static boolean endsSession(String route) {
        return route.equals("/sign-out") || route.endsWith("/erase");
    }

    private void signedInAgain(String actor, Visitor visitor) {
        if (actor.equals("member") && visitor.get("/account").statusCode() != 200) {
            TestMembers.signIn(visitor, memberEmail, TestMembers.PASSWORD);
        }
        visitor.get(actor.equals("member") ? "/account/privacy" : "/sign-in");
    }

    private void check(String request, String actor, Payload payload, HttpResponse<String> response) {
        String where = request + " as " + actor + " with " + payload + ": ";
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(where + status);
        }
        if (payload.unreadable() && status != 400) {
            failures.add(where + status + ", expected 400");
        } else if (payload.unreadable() && !response.body().contains(READ_NOTHING_PAGE) && !response.body().contains(READ_NOTHING_PROBLEM)) {
            failures.add(where + status + " without the page or problem that says why");
        }
        if (response.body().contains(SCRIPT)) {
            failures.add(where + status + " reflects the script tag unescaped");
        }
    }

    /**
     * Every field the payload, and, when the form fills in some fields itself (hidden answers, a token, a button's
     * value), once more with those kept, so that the payload gets past checks of the form's own fields.
     */
    private static List<Boolean> keepsValues(Map<String, String> fields) {
        return fields.values().stream().anyMatch(value -> !value.isEmpty()) ? List.of(false, true) : List.of(false);
    }

    private static byte[] formBody(String csrf, Map<String, String> fields, Payload payload, boolean keepValues) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
        body.write('&');
        body.writeBytes(query(fields, payload, keepValues));
        return body.toByteArray();
    }

    /** The payload in every field (but those whose own value is kept) and in the generic one. */
    private static byte[] query(Map<String, String> fields, Payload payload, boolean keepValues) {
        ByteArrayOutputStream query = new ByteArrayOutputStream();
        Map<String, String> all = new TreeMap<>(fields);
        all.put(GENERIC_FIELD, "");
        all.remove("_csrf");
        all.forEach((name, value) -> {
            if (query.size() > 0) {
                query.write('&');
            }
            query.writeBytes(URLEncoder.encode(name, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
            query.write('=');
            query.writeBytes(keepValues && !value.isEmpty()
                    ? URLEncoder.encode(value, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII) : payload.form());
        });
        return query.toByteArray();
    }

    static final String BOUNDARY = "----hostile-input-boundary";

    /**
     * A form that sends files, sent as the browser sends it: the payload, as the raw bytes its URL form stands for, in
     * every text field and in the generic one, and as the content and the name of every file.
     */
    private static byte[] multipartBody(String csrf, Map<String, String> fields, Set<String> files, Payload payload) {
        byte[] raw = percentDecoded(payload.form());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        multipartField(body, "_csrf", csrf.getBytes(StandardCharsets.US_ASCII), null);
        Map<String, String> all = new TreeMap<>(fields);
        all.put(GENERIC_FIELD, "");
        all.remove("_csrf");
        all.keySet().forEach(name -> multipartField(body, name, raw, files.contains(name) ? raw : null));
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static void multipartField(ByteArrayOutputStream body, String name, byte[] value, byte[] fileName) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"")
                .getBytes(StandardCharsets.UTF_8));
        if (fileName != null) {
            body.writeBytes("; filename=\"".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(new String(fileName, StandardCharsets.ISO_8859_1).replace("\"", "%22")
                    .getBytes(StandardCharsets.ISO_8859_1));
            body.writeBytes("\"\r\nContent-Type: application/octet-stream".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The bytes a URL-encoded value stands for: a multipart body carries them as they are. */
    private static byte[] percentDecoded(byte[] form) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int i = 0; i < form.length; i++) {
            if (form[i] == '%' && i + 2 < form.length) {
                raw.write(Integer.parseInt(new String(form, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                raw.write(form[i] == '+' ? ' ' : form[i]);
            }
        }
        return raw.toByteArray();
    }

    /** The payload as a key and as a value, at the top and one level down, beside fields our endpoints read. */
    private static byte[] jsonBody(Payload payload) {
        String p = new String(payload.json(), StandardCharsets.ISO_8859_1);
        String json = "{\"" + p + "\": \"" + p + "\", \"answers\": {\"1\": 3, \"" + p + "\": \"" + p + "\"}, "
                + "\"relationship\": \"" + p + "\", \"safety\": \"" + p + "\", \"label\": \"" + p + "\", "
                + "\"publicKey\": {\"credential\": {\"id\": \"" + p + "\"}, \"label\": \"" + p + "\"}}";
        return json.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The routes that read a JSON body: those whose handler takes a {@code @RequestBody}, and the passkey endpoints. */
    private List<String> jsonRoutes() {
        Set<String> routes = new TreeSet<>(SECURITY_JSON);
        eachMapping((info, handler) -> {
            boolean readsBody = java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            if (readsBody) {
                info.getPatternValues().forEach(pattern -> routes.add(withValues(pattern)));
            }
        });
        return List.copyOf(routes);
    }

    /**
     * What the actor's pages offer: GET forms and the routes that take a body (POST unless their mapping names only
     * PUT, PATCH or DELETE), each with the fields its forms name and the value the form gives each ("" for none).
     */
    record Forms(Map<String, Map<String, String>> gets, Map<String, Map<String, String>> posts,
                 Map<String, String> otherMethods, Map<String, Set<String>> fileFields) {

        String methodOf(String route) {
            return otherMethods.getOrDefault(route, "POST");
        }
    }

    private Forms readForms(Visitor visitor) {
        Map<String, Map<String, String>> gets = new TreeMap<>();
        Map<String, Map<String, String>> posts = new TreeMap<>();
        Map<String, String> otherMethods = new TreeMap<>();
        Map<String, Set<String>> fileFields = new TreeMap<>();
        SECURITY_FORMS.forEach(route -> posts.put(route, new TreeMap<>()));
        Set<String> pages = new TreeSet<>();
        eachMapping((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    pages.add(withValues(pattern));
                    // a parameter no form names (a link's query, a script's request) gets the payloads too
                    requestParams(handler).forEach(name -> gets.computeIfAbsent(withValues(pattern), route -> new TreeMap<>())
                            .putIfAbsent(name, ""));
                }
                List<RequestMethod> withBody = methods.stream()
                        .filter(method -> method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS)
                        .sorted().toList();
                if (!withBody.isEmpty() && !pattern.startsWith("/api/")) {
                    Map<String, String> fields = posts.computeIfAbsent(withValues(pattern), route -> new TreeMap<>());
                    requestParams(handler).forEach(name -> fields.putIfAbsent(name, ""));
                    if (!withBody.contains(RequestMethod.POST)) {
                        otherMethods.put(withValues(pattern), withBody.getFirst().name());
                    }
                }
            }
        });
        for (String page : pages) {
            HttpResponse<String> response = visitor.get(page);
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (Element form : Jsoup.parse(response.body()).select("form")) {
                String action = form.hasAttr("action") ? form.attr("action").replaceFirst("[?#].*", "") : page;
                if (!action.startsWith("/") || action.startsWith("//")) {
                    continue;
                }
                Map<String, String> fields = new TreeMap<>();
                form.select("input[name], textarea[name], select[name], button[name]").forEach(field ->
                        fields.putIfAbsent(field.attr("name"), field.is("textarea") ? field.text() : field.attr("value")));
                boolean post = form.attr("method").equalsIgnoreCase("post");
                if (post && form.attr("enctype").equalsIgnoreCase("multipart/form-data")) {
                    Set<String> files = fileFields.computeIfAbsent(action, route -> new TreeSet<>());
                    form.select("input[type=file][name]").forEach(field -> files.add(field.attr("name")));
                }
                fields.forEach((post ? posts : gets).computeIfAbsent(action, route -> new TreeMap<>())::putIfAbsent);
            }
        }
        return new Forms(gets, posts, otherMethods, fileFields);
    }

    /** The names of the request parameters a handler reads, whether or not any form on a page names them. */
    private static List<String> requestParams(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (org.springframework.core.MethodParameter parameter : handler.getMethodParameters()) {
            var param = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
            if (param != null) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getParameterName());
            }
        }
        return names;
    }

    private void eachMapping(java.util.function.BiConsumer<RequestMappingInfo, HandlerMethod> action) {
        for (RequestMappingHandlerMapping mapping : mappings) {
            mapping.getHandlerMethods().forEach(action);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    private static String withValues(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = name.equals("id") ? UUID.nameUUIDFromBytes(pattern.getBytes(StandardCharsets.UTF_8)).toString()
                    : PATH_VALUES.getOrDefault(name, "x");
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
