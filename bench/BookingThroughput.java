import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking throughput on distinct slots: reads every free time of each demo practitioner's first session type from
 * the week pages, keeps times at least three hours apart (so no two held times overlap, buffers included), and books
 * them all through the real form, {@code connections} at a time, as one signed-in member. Prints
 * "bookings/s p50-ms p99-ms booked refused". Only the JDK is needed:
 * {@code java bench/BookingThroughput.java <base> "<cookie header>" <connections>}.
 */
public class BookingThroughput {

    private static final Pattern SLOT = Pattern.compile("class=\"slot\" href=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("action=\"(/sessions/practitioners/[a-z-]+/[a-z0-9-]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern START = Pattern.compile("start=([^&\"]+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String cookie = args[1];
        int connections = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        Map<String, List<String>> startsByType = new LinkedHashMap<>();
        for (String practitioner : List.of("maja-lind", "harper-quinn", "aiko-morita")) {
            Matcher type = TYPE.matcher(get(http, base, "/sessions/practitioners/" + practitioner, cookie));
            if (type.find()) {
                startsByType.put(type.group(1), spacedStarts(http, base, type.group(1), cookie));
            }
        }
        String page = get(http, base, "/account/bookings", cookie);
        Matcher token = CSRF.matcher(page);
        String csrf = token.find() ? token.group(1) : "";

        List<String[]> attempts = new ArrayList<>();
        startsByType.forEach((type, starts) -> starts.forEach(start -> attempts.add(new String[] {type, start})));
        Collections.shuffle(attempts);

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Semaphore open = new Semaphore(connections);
        long began = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String[] attempt : attempts) {
                open.acquire();
                threads.submit(() -> {
                    try {
                        String body = "_csrf=" + csrf + "&start=" + attempt[1] + "&zone=Europe%2FStockholm&note=&key="
                                + UUID.randomUUID().toString().replace("-", "");
                        long sent = System.nanoTime();
                        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + attempt[0] + "/book"))
                                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - sent);
                        boolean done = answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("booked");
                        (done ? booked : refused).incrementAndGet();
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    } finally {
                        open.release();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%.2f %.2f %.2f %d %d%n", booked.get() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                booked.get(), refused.get());
    }

    /** Every free start over the horizon, week page by week page, keeping one in each three hours. */
    private static List<String> spacedStarts(HttpClient http, String base, String typePath, String cookie) throws Exception {
        List<String> kept = new ArrayList<>();
        Instant last = Instant.EPOCH;
        String path = typePath + "?zone=Europe%2FStockholm";
        for (int week = 0; week < 12 && path != null; week++) {
            String html = get(http, base, path, cookie).replace("&amp;", "&");
            Matcher slot = SLOT.matcher(html);
            while (slot.find()) {
                Matcher start = START.matcher(slot.group(1));
                if (start.find()) {
                    Instant at = Instant.parse(java.net.URLDecoder.decode(start.group(1), java.nio.charset.StandardCharsets.UTF_8));
                    if (!at.isBefore(last.plus(Duration.ofHours(3)))) {
                        kept.add(start.group(1));
                        last = at;
                    }
                }
            }
            path = laterPage(html, typePath);
        }
        return kept;
    }

    private static String laterPage(String html, String typePath) {
        Matcher links = Pattern.compile("href=\"(" + Pattern.quote(typePath) + "\\?[^\"]*from=[^\"]+)\"").matcher(html);
        String later = null;
        while (links.find()) {
            later = links.group(1); // the week navigation ends with "later"
        }
        return later;
    }

    private static String get(HttpClient http, String base, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1)) / 1e6;
    }
}
