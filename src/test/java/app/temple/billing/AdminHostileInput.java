package app.temple.billing;

import app.temple.Visitor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Hostile input to an admin's form, sent as an admin: the hostile-input test posts as visitors, members and editors,
 * who never get past the admin rules. Each payload goes into one field at a time beside otherwise good values.
 *
 * @param formPage the page to read first, for its CSRF token
 */
record AdminHostileInput(Visitor admin, String formPage, List<String> payloads) {

    static final String SCRIPT = "<script>alert(1)</script>";

    /** The payloads every admin form gets, and those that matter to this one. */
    static AdminHostileInput of(Visitor admin, String formPage, String... more) {
        return new AdminHostileInput(admin, formPage, Stream.concat(Stream.of(SCRIPT, "x".repeat(20_000), "' or '1'='1",
                "../../etc/passwd", "\uD83D\uDE00\u2764\uFE0F", "a\u0000b"), Stream.of(more)).toList());
    }

    /**
     * @param goodInput (field, payload) pairs that are good input after all and so are not sent
     * @return each answer that was not a refusal (422, or 400 for a null character) or that echoed the script; empty
     *         when every one was refused
     */
    String intoFields(String action, Map<String, String> good, List<String> fields, BiPredicate<String, String> goodInput) {
        StringBuilder wrong = new StringBuilder();
        for (String field : fields) {
            for (String payload : payloads) {
                if (goodInput.test(field, payload)) {
                    continue;
                }
                Map<String, String> form = new LinkedHashMap<>(good);
                form.put(field, payload);
                admin.get(formPage);
                HttpResponse<String> answer = admin.post(action, form.entrySet().stream()
                        .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue())).toArray(String[]::new));
                int expected = payload.contains("\u0000") ? 400 : 422;
                if (answer.statusCode() != expected || answer.body().contains(SCRIPT)) {
                    wrong.append(field).append(" = ").append(payload, 0, Math.min(20, payload.length()))
                            .append(": ").append(answer.statusCode()).append('\n');
                }
            }
        }
        return wrong.toString();
    }

    /** @return each answer, to a payload as the id the form names, that was neither 404 nor 400 */
    String asId(String action, String idField, String... others) {
        StringBuilder wrong = new StringBuilder();
        for (String payload : payloads) {
            admin.get(formPage);
            String[] form = Stream.concat(Stream.of(idField, payload), Stream.of(others)).toArray(String[]::new);
            int status = admin.post(action, form).statusCode();
            if (status != 404 && status != 400) {
                wrong.append(action).append(' ').append(payload, 0, Math.min(20, payload.length())).append(": ")
                        .append(status).append('\n');
            }
        }
        return wrong.toString();
    }
}
