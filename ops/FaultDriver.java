import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Drives the fault tests of ops/cluster-test.sh and ops/outage-test.sh through the real pages, as members and an
 * editor would, and checks the outcome in the database (through psql). Prints one "figure: value" line per figure.
 * Only the JDK is needed: {@code java ops/FaultDriver.java cluster|outage}, configured by environment variables the
 * scripts set (BASE, NODE1, NODE2, NODE1_PID, PSQL, SINK, PG_STOP, PG_START).
 */
public class FaultDriver {

    static final String PASSWORD = "a long fault-test passphrase 4 u";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SLOT = Pattern.compile("class=\"slot\" href=\"([^\"]+)\"");
    static final Pattern TYPE = Pattern.compile("action=\"(/sessions/practitioners/[a-z-]+/[a-z0-9-]+)\"");
    static final Pattern START = Pattern.compile("start=([^&\"]+)");
    static final Pattern BOOKING_ID = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    static final Map<String, String> env = System.getenv();
    static final Map<String, Object> figures = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("cluster")) {
            cluster();
        } else {
            outage();
        }
        figures.forEach((name, value) -> System.out.println(name + ": " + value));
    }

    // ---------------------------------------------------------------------------------------------------- cluster

    static void cluster() throws Exception {
        String base = env.get("BASE");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<Browser> members = members(base, run, Integer.parseInt(env.getOrDefault("MEMBERS", "24")));

        // (a) a booking storm through both nodes: every member tries four of the same few times at once
        List<String[]> times = times(members.get(0), 6, 0);
        List<String[]> attempts = new ArrayList<>();
        for (Browser member : members) {
            List<String[]> mine = new ArrayList<>(times);
            Collections.shuffle(mine);
            mine.subList(0, Math.min(4, mine.size())).forEach(time -> attempts.add(new String[] {Integer.toString(members.indexOf(member)), time[0], time[1]}));
        }
        Set<String> acknowledged = new ConcurrentSkipListSet<>();
        AtomicInteger refused = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String[] attempt : attempts) {
                threads.submit(() -> {
                    String id = members.get(Integer.parseInt(attempt[0])).book(attempt[1], attempt[2]);
                    if (id != null) {
                        acknowledged.add(id);
                    } else {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        figures.put("storm attempts", attempts.size());
        figures.put("storm bookings acknowledged", acknowledged.size());
        figures.put("storm times contended", times.size());
        figures.put("overlaps", sql("""
                select count(*) from booking_booking a join booking_booking b on a.practitioner_id = b.practitioner_id
                 and a.id < b.id and a.status = 'confirmed' and b.status = 'confirmed'
                 and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)"""));

        // (c) the reminders of the storm's sessions, made due now, while both nodes are up: each goes out once
        int due = Integer.parseInt(sql("update scheduled_tasks set execution_time = now() where task_name = 'booking-reminder'"
                + " and picked = false returning 1").lines().filter(l -> !l.isBlank()).count() + "");
        figures.put("reminders due", due);

        // (d) an article published on node 1 is served by node 2
        figures.put("article propagation seconds", publishAndWatch(run));

        waitForLetters(due);
        reminderLetters(due);

        // (b) node 1 is killed mid-load: members stay signed in on node 2, nothing acknowledged is lost
        List<String[]> later = times(members.get(0), 12, 6);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        AtomicInteger bookingsRefused = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Browser member : members) {
                threads.submit(() -> {
                    while (loading.get()) {
                        requests.incrementAndGet();
                        try {
                            HttpResponse<String> page = member.fetch("/account");
                            statuses.computeIfAbsent(page.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (page.statusCode() == 302 || page.body().contains("action=\"/sign-in\"")) {
                                signedOut.incrementAndGet();
                            } else if (page.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                            if (ThreadLocalRandom.current().nextInt(4) == 0 && !later.isEmpty()) {
                                String[] time = later.get(ThreadLocalRandom.current().nextInt(later.size()));
                                requests.incrementAndGet();
                                String id = member.book(time[0], time[1]);
                                if (id != null) {
                                    acknowledged.add(id);
                                } else {
                                    bookingsRefused.incrementAndGet();
                                }
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            try {
                Thread.sleep(5_000);
                ProcessHandle.of(Long.parseLong(env.get("NODE1_PID"))).ifPresent(ProcessHandle::destroyForcibly);
                Thread.sleep(15_000);
            } finally {
                loading.set(false);
            }
        }
        figures.put("load requests (node 1 killed after 5 s)", requests.get());
        figures.put("load answers by status", new TreeMap<>(statuses));
        figures.put("failed page requests", failures.get());
        figures.put("booking attempts not acknowledged (taken, or sent to the killed node)", bookingsRefused.get());
        figures.put("members signed out", signedOut.get());
        figures.put("bookings acknowledged", acknowledged.size());
        figures.put("lost writes", lost(acknowledged));
        figures.put("overlaps after the kill", sql("""
                select count(*) from booking_booking a join booking_booking b on a.practitioner_id = b.practitioner_id
                 and a.id < b.id and a.status = 'confirmed' and b.status = 'confirmed'
                 and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)"""));
    }

    /** Members signed up through the pages, confirmed in the database (their letters are counted, not clicked). */
    static List<Browser> members(String base, String run, int count) throws Exception {
        List<Browser> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(new Browser(base, "m" + i + "-" + run + "@fault.invalid"));
        }
        try (var threads = Executors.newFixedThreadPool(4)) {
            for (Browser member : members) {
                threads.submit(() -> {
                    member.submit("/sign-up", "/sign-up", Map.of("email", member.email, "displayName", "Member", "password", PASSWORD));
                    return null;
                });
            }
        }
        sql("update account_member set email_verified_at = now() where email_verified_at is null and email like '%-" + run + "@fault.invalid'");
        try (var threads = Executors.newFixedThreadPool(4)) {
            for (Browser member : members) {
                threads.submit(() -> {
                    member.submit("/sign-in", "/sign-in", Map.of("email", member.email, "password", PASSWORD));
                    return null;
                });
            }
        }
        return members;
    }

    /** Free times of the three demo practitioners' first session types, {@code per} each after skipping some. */
    static List<String[]> times(Browser member, int per, int skip) throws Exception {
        List<String[]> times = new ArrayList<>();
        for (String practitioner : List.of("maja-lind", "harper-quinn", "aiko-morita")) {
            Matcher type = TYPE.matcher(member.get("/sessions/practitioners/" + practitioner));
            if (!type.find()) {
                continue;
            }
            String path = type.group(1) + "?zone=Europe%2FStockholm";
            List<String> starts = new ArrayList<>();
            Instant last = Instant.EPOCH;
            for (int week = 0; week < 6 && path != null && starts.size() < per + skip; week++) {
                String html = member.get(path).replace("&amp;", "&");
                Matcher slot = SLOT.matcher(html);
                while (slot.find()) {
                    Matcher start = START.matcher(slot.group(1));
                    if (start.find()) {
                        Instant at = Instant.parse(URLDecoder.decode(start.group(1), StandardCharsets.UTF_8));
                        if (!at.isBefore(last.plus(Duration.ofHours(3)))) { // apart, so that each time is its own
                            starts.add(start.group(1));
                            last = at;
                        }
                    }
                }
                Matcher links = Pattern.compile("href=\"(" + Pattern.quote(type.group(1)) + "\\?[^\"]*from=[^\"]+)\"").matcher(html);
                path = null;
                while (links.find()) {
                    path = links.group(1);
                }
            }
            starts.stream().skip(skip).limit(per).forEach(start -> times.add(new String[] {type.group(1), start}));
        }
        return times;
    }

    static String lost(Set<String> acknowledged) throws Exception {
        if (acknowledged.isEmpty()) {
            return "0";
        }
        String ids = acknowledged.stream().map(id -> "('" + id + "'::uuid)").collect(Collectors.joining(","));
        return sql("select count(*) from (values " + ids + ") as acked(id) where not exists "
                + "(select 1 from booking_booking b where b.id = acked.id and b.status = 'confirmed')");
    }

    /** An editor (role given in the database, second factor through the pages) publishes on node 1; node 2 is watched. */
    static String publishAndWatch(String run) throws Exception {
        Browser editor = new Browser(env.get("NODE1"), "editor-" + run + "@fault.invalid");
        editor.submit("/sign-up", "/sign-up", Map.of("email", editor.email, "displayName", "Editor", "password", PASSWORD));
        sql("update account_member set email_verified_at = now() where email = '" + editor.email + "'");
        sql("insert into account_role (member_id, role) select member_id, 'EDITOR' from account_member where email = '" + editor.email + "'");
        editor.submit("/sign-in", "/sign-in", Map.of("email", editor.email, "password", PASSWORD));
        String setup = editor.get("/account/security/totp");
        Matcher secret = Pattern.compile("class=\"secret\">([A-Z2-7 ]+)<").matcher(setup);
        if (!secret.find()) {
            throw new IllegalStateException("the authenticator set-up page showed no secret");
        }
        editor.post(setup, "/account/security/totp", Map.of("code", totp(secret.group(1).replace(" ", ""))));

        String slug = "fault-test-" + run;
        Browser reader = new Browser(env.get("NODE2"), "reader@fault.invalid");
        int before = reader.fetch("/journal/" + slug).statusCode(); // node 2 has seen it missing
        String source = "---\ntitle: Fault test " + run + "\nslug: " + slug + "\nlanguage: en\nauthor: temple-editorial\n"
                + "tags: [Relationships]\nsummary: A short article the fault test publishes.\n---\n\nA paragraph.\n";
        HttpResponse<String> made = editor.postForm(editor.get("/editor/journal/new"), "/editor/journal/new", Map.of("source", source, "action", "save"));
        Matcher id = BOOKING_ID.matcher(made.headers().firstValue("Location").orElse(""));
        if (!id.find()) {
            throw new IllegalStateException("the draft was not saved: " + made.statusCode() + " " + made.body().lines().filter(l -> l.contains("problem") || l.contains("error")).limit(3).toList());
        }
        String form = editor.get("/editor/journal/" + id.group(1));
        HttpResponse<String> published = editor.postForm(form, "/editor/journal/" + id.group(1), Map.of("source", source, "action", "publish"));
        long at = System.nanoTime();
        if (published.statusCode() != 302) {
            throw new IllegalStateException("publishing answered " + published.statusCode());
        }
        for (int i = 0; i < 300; i++) {
            if (reader.fetch("/journal/" + slug).statusCode() == 200) {
                return String.format("%.2f (node 2 answered %d before; change poll every 1 s)", (System.nanoTime() - at) / 1e9, before);
            }
            Thread.sleep(50);
        }
        return "not served within 15 s";
    }

    static void waitForLetters(int reminders) throws Exception {
        for (int i = 0; i < 120 && reminderLetterFiles().size() < reminders; i++) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000); // a second copy, if any, would come now
    }

    static List<String> reminderLetterFiles() throws IOException {
        try (var files = Files.list(Path.of(env.get("SINK")))) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    return "";
                }
            }).filter(letter -> letter.contains("Subject: A reminder of your appointment")).toList();
        }
    }

    /** Letters at the sink for each member against the reminders the database records as sent to her. */
    static void reminderLetters(int due) throws Exception {
        List<String> letters = reminderLetterFiles();
        Map<String, Long> received = letters.stream().collect(Collectors.groupingBy(
                letter -> letter.lines().findFirst().orElse("").replace("X-Rcpt: ", "").replaceAll("[<>]", ""), Collectors.counting()));
        Map<String, Long> recorded = new TreeMap<>();
        sql("""
                select m.email, count(*) from booking_reminder_sent r join booking_booking b on b.id = r.booking_id
                  join account_member m on m.member_id = b.member_id group by m.email""").lines().filter(l -> l.contains("|"))
                .forEach(line -> recorded.put(line.split("\\|")[0], Long.parseLong(line.split("\\|")[1])));
        var ratios = recorded.entrySet().stream()
                .mapToDouble(e -> received.getOrDefault(e.getKey(), 0L) / (double) e.getValue()).summaryStatistics();
        figures.put("reminder letters", letters.size() + " for " + due + " reminders due, "
                + recorded.values().stream().mapToLong(Long::longValue).sum() + " recorded sent, to " + recorded.size() + " members");
        figures.put("letters per reminder", recorded.isEmpty() ? "-" : String.format("%.2f to %.2f (per member: letters / her reminders)", ratios.getMin(), ratios.getMax()));
    }

    // ---------------------------------------------------------------------------------------------------- outage

    static void outage() throws Exception {
        String base = env.get("BASE");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<Browser> members = members(base, run, Integer.parseInt(env.getOrDefault("MEMBERS", "8")));
        List<String[]> times = times(members.get(0), 12, 0);
        Set<String> acknowledged = new ConcurrentSkipListSet<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        // what went wrong on the client's side where a step had no answer to count: a reset, a timeout, or a page
        // the booking step could not read its form from
        Map<String, AtomicInteger> clientErrors = new ConcurrentHashMap<>();
        AtomicInteger traces = new AtomicInteger();
        AtomicInteger unfriendly = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<String> pages = List.of("/", "/journal", "/account", "/journal/what-are-intimacy-issues", "/account/bookings");
        Browser probe = new Browser(base, "probe@fault.invalid");
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Browser member : members) {
                threads.submit(() -> {
                    while (loading.get()) {
                        String step = "page";
                        try {
                            HttpResponse<String> page = member.fetch(pages.get(ThreadLocalRandom.current().nextInt(pages.size())));
                            statuses.computeIfAbsent(page.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (page.body().contains("Exception") || page.body().contains("\tat ") || page.body().contains("at app.temple")) {
                                traces.incrementAndGet();
                            }
                            if (page.statusCode() == 503 && !page.body().contains("<h1")) {
                                unfriendly.incrementAndGet();
                            }
                            if (ThreadLocalRandom.current().nextInt(3) == 0) {
                                String[] time = times.get(ThreadLocalRandom.current().nextInt(times.size()));
                                step = "booking";
                                String id = member.book(time[0], time[1]);
                                if (id != null) {
                                    acknowledged.add(id);
                                }
                            }
                        } catch (Exception e) {
                            statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                            // the message too: a reset, a closed connection and a timeout are all IOExceptions
                            String kind = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
                            clientErrors.computeIfAbsent(step + ": " + kind, s -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
            Thread.sleep(5_000);
            // letters queued the moment before the database goes: sign-ups whose confirmation letters are not sent yet
            List<Browser> late = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Browser newcomer = new Browser(base, "late" + i + "-" + run + "@fault.invalid");
                newcomer.submit("/sign-up", "/sign-up", Map.of("email", newcomer.email, "displayName", "Late", "password", PASSWORD));
                late.add(newcomer);
            }
            Set<String> before = Set.copyOf(acknowledged);
            boolean down = false;
            double recovery = -1;
            try {
                command(env.get("PG_STOP"));
                long stopped = System.nanoTime();
                while (System.nanoTime() - stopped < Long.parseLong(env.getOrDefault("OUTAGE", "10")) * 1_000_000_000L) {
                    down |= status(probe, "/actuator/health/readiness") == 503;
                    Thread.sleep(250);
                }
                command(env.get("PG_START"));
                long back = System.nanoTime();
                while (System.nanoTime() - back < 60_000_000_000L) {
                    if (status(probe, "/actuator/health/readiness") == 200 && status(members.get(0), "/account") == 200) {
                        recovery = (System.nanoTime() - back) / 1e9;
                        break;
                    }
                    Thread.sleep(100);
                }
                Thread.sleep(5_000);
            } finally {
                loading.set(false);
            }
            figures.put("readiness DOWN during the outage", down);
            figures.put("recovery seconds (database back to pages answering)", String.format("%.2f", recovery));
            figures.put("answers by status (-1: a step ended in an error on the client's side)", new TreeMap<>(statuses));
            figures.put("client-side errors by step and kind", new TreeMap<>(clientErrors));
            figures.put("answers with a stack trace", traces.get());
            figures.put("503 answers without a page", unfriendly.get());
            figures.put("bookings acknowledged before the outage", before.size());
            figures.put("bookings acknowledged in all", acknowledged.size());
            figures.put("lost writes", lost(acknowledged));
            for (int i = 0; i < 90; i++) {
                if (late.stream().allMatch(n -> lettersTo(n.email) >= 1)) {
                    break;
                }
                Thread.sleep(1_000);
            }
            Thread.sleep(3_000);
            figures.put("letters queued before the outage, per address", late.stream().map(n -> Long.toString(lettersTo(n.email))).collect(Collectors.joining(" ")));
        }
    }

    static int status(Browser browser, String path) {
        try {
            return browser.fetch(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static long lettersTo(String address) {
        try (var files = Files.list(Path.of(env.get("SINK")))) {
            return files.filter(f -> f.toString().endsWith(".eml")).filter(f -> {
                try {
                    return Files.readString(f).lines().findFirst().orElse("").contains(address);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static void command(String line) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
    }

    /** One statement through psql, its rows as text. */
    static String sql(String statement) throws Exception {
        Process psql = new ProcessBuilder("bash", "-c", env.get("PSQL") + " -qtAX -v ON_ERROR_STOP=1").redirectErrorStream(true).start();
        psql.getOutputStream().write((statement + ";\n").getBytes(StandardCharsets.UTF_8));
        psql.getOutputStream().close();
        String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql: " + out);
        }
        return out;
    }

    /** RFC 6238 with the authenticator apps' defaults: SHA-1, 30-second steps, six digits. */
    static String totp(String base32) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer bytes = ByteBuffer.allocate(base32.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : base32.replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(java.util.Arrays.copyOf(bytes.array(), bytes.position()), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 1000 / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    /** One person's browser: her session cookie (kept by hand, so any node may answer), forms with the page's token. */
    static final class Browser {

        final String base;
        final String email;
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final Map<String, String> cookies = new ConcurrentHashMap<>();

        Browser(String base, String email) {
            this.base = base;
            this.email = email;
        }

        HttpResponse<String> fetch(String path) throws Exception {
            return keep(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        /** A page, following redirects within the site. */
        String get(String path) throws Exception {
            HttpResponse<String> page = fetch(path);
            for (int hops = 0; hops < 5 && page.statusCode() / 100 == 3; hops++) {
                page = fetch(URI.create(base).resolve(page.headers().firstValue("Location").orElseThrow()).getRawPath());
            }
            return page.body();
        }

        void submit(String page, String action, Map<String, String> fields) throws Exception {
            post(get(page), action, fields);
        }

        void post(String pageHtml, String action, Map<String, String> fields) throws Exception {
            HttpResponse<String> answer = postForm(pageHtml, action, fields);
            if (answer.statusCode() >= 400) {
                throw new IllegalStateException("POST " + action + " answered " + answer.statusCode());
            }
        }

        HttpResponse<String> postForm(String pageHtml, String action, Map<String, String> fields) throws Exception {
            Matcher token = CSRF.matcher(pageHtml);
            if (!token.find()) {
                throw new IllegalStateException("the page before " + action + " has no form token");
            }
            Map<String, String> body = new LinkedHashMap<>(fields);
            body.put("_csrf", token.group(1));
            String form = body.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return keep(http.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        /** Books a time through the confirm form; the booking's id when the answer says it is booked, else null. */
        String book(String type, String start) {
            try {
                String page = get("/account/bookings");
                Matcher token = CSRF.matcher(page);
                String body = "_csrf=" + (token.find() ? token.group(1) : "") + "&start=" + start
                        + "&zone=Europe%2FStockholm&note=&key=" + UUID.randomUUID().toString().replace("-", "");
                HttpResponse<String> answer = keep(http.send(request(type + "/book")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
                String location = answer.headers().firstValue("Location").orElse("");
                Matcher id = BOOKING_ID.matcher(location);
                return answer.statusCode() == 302 && location.contains("booked") && id.find() ? id.group(1) : null;
            } catch (Exception e) {
                return null;
            }
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                    .timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            return request;
        }

        private HttpResponse<String> keep(HttpResponse<String> response) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return response;
        }
    }
}
