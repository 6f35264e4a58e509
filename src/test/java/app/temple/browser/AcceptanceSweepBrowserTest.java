package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.course.CourseFixtures;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.PartnerFlow;
import app.temple.quiz.QuizTaker;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 8's acceptance sweep: every page a visitor reaches, and every page a member who holds a course reaches, found
 * by following the site's own links from the section pages in a real browser, in English and in Swedish. On every
 * page: no sideways scroll at 320, 390 and 1280 pixels, no request to another origin, and the same heading and content
 * without JavaScript. Axe runs at 390 and 1280 pixels on the first pages of each shape (two lessons of a course, not
 * all of them; every tag page, since each is its own shape): that keeps the run to minutes on CI's two cores, and
 * {@code -Dtemple.sweep.everyPage=true} runs it on every page. Every problem is collected before the test fails, so
 * one run shows them all. A quiz result is drawn from a cookie that finishing the quiz sets, which following links never
 * does: the result of each quiz is checked on its own, with that cookie, as is the partner's side of a comparison,
 * reached only through her secret link.
 */
@TempleIntegrationTest
class AcceptanceSweepBrowserTest {

    private static final List<String> LANGUAGES = List.of("en", "sv");
    private static final List<String> START = List.of("/", "/journal", "/quizzes", "/courses", "/sessions", "/account");
    private static final List<Integer> WIDTHS = List.of(1280, 390, 320);
    private static final Set<Integer> AXE_WIDTHS = Set.of(1280, 390);
    private static final int AXE_PAGES_PER_SHAPE = 2;
    private static final int MOST_PAGES = 800;
    private static final boolean AXE_EVERY_PAGE = Boolean.getBoolean("temple.sweep.everyPage");

    /** The elements sticking out past the viewport's right edge, innermost last, to say what to fix. */
    private static final String OVERFLOWING = """
            width => Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(-3)
                .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : ''))
                .join(' ')""";
    /** How wide a page is drawn: wider than the window, it scrolls sideways. */
    private static final String SCROLL_WIDTH = "document.documentElement.scrollWidth";
    /**
     * What one look at a page finds: its headings, its links, how wide it is and whether its main part has text. One
     * evaluation, not five calls: each call is a round trip from this JVM through Playwright's driver to the browser,
     * and on two busy cores the locator calls this replaces cost about a quarter of the sweep's time.
     */
    private static final String LOOK = """
            () => ({
                heading: Array.from(document.querySelectorAll('h1')).map(h => h.innerText).join(' | ').trim(),
                links: Array.from(document.querySelectorAll('a[href]:not([hreflang]):not([data-quick-exit])')).map(a => a.href),
                width: %s,
                blank: (document.querySelector('main')?.innerText ?? '').trim() === ''
            })""".formatted(SCROLL_WIDTH);

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;

    @Test
    void everyPageAVisitorReachesFitsAPhonePassesAxeStaysHomeAndReadsWithoutJavaScript() {
        Map<String, Sweep> sweeps = sweepInBothLanguages("visitor", List.of(), START);

        assertThat(sweeps.get("en").swept).contains("/", "/journal", "/quizzes", "/courses/foundation", "/sessions", "/privacy");
        assertThat(sweeps.get("sv").swept).contains("/journal/sv/responsive-vs-spontaneous-desire");
        sweeps.values().forEach(Sweep::assertNoProblems);
    }

    @Test
    void everyPageAMemberWithACourseReachesFitsAPhonePassesAxeStaysHomeAndReadsWithoutJavaScript() {
        Visitor member = CourseFixtures.memberWithFoundation(port, outbox, jdbc, grants, "sweep");
        // a reflection of hers, so her account home links to her reflections
        member.get("/courses/foundation/f1-1");
        member.post("/courses/foundation/f1-1/reflection", "reflection", "Something of my own");
        QuizTaker.takeAndKeep(member);
        // a comparison waiting for her partner, which her account home links to
        String invited = new QuizTaker(member).take("communication-style", QuizTaker.TAKES.get("communication-style")).body();
        assertThat(member.post("/quizzes/communication-style/partner", QuizTaker.hidden(invited).toArray(String[]::new))
                .statusCode()).isEqualTo(200);
        Cookie session = new Cookie("temple_session", member.cookie("temple_session").orElseThrow()).setUrl(origin());

        Map<String, Sweep> sweeps = sweepInBothLanguages("member", List.of(session), START);

        assertThat(sweeps.get("en").swept).as("her own pages, reached from her account home").contains("/account",
                "/account/reflections", "/account/quizzes", "/account/quizzes/partners", "/courses/foundation/f1-2");
        assertThat(sweeps.get("en").swept).as("her comparison").anyMatch(path -> path.matches("/account/quizzes/partners/[0-9a-f-]{36}"));
        sweeps.values().forEach(Sweep::assertNoProblems);
    }

    /**
     * A visitor's result of each of the five quizzes, drawn from the cookie that finishing it sets, and the partner's
     * side of a comparison both chose to show, with the step that asks before she ends it: every check, axe included.
     */
    @Test
    void everyQuizResultAndThePartnersComparisonFitAPhonePassAxeStayHomeAndReadWithoutJavaScript() {
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "attachment", QuizTaker.TAKES.get("attachment"));
        String partnerPage = flow.finish(QuizTaker.TAKES.get("attachment"));
        flow.revealBoth(partnerPage);
        Map<String, Sweep> sweeps = inBothLanguages(language -> {
            long started = System.nanoTime();
            try (BrowserContext scripted = Browsers.chromium().newContext(options(language));
                 BrowserContext plain = Browsers.chromium().newContext(options(language).setJavaScriptEnabled(false))) {
                Sweep sweep = new Sweep("results/" + language, scripted, plain);
                sweep.chooseLanguage(language);
                for (String quiz : QuizTaker.TAKES.keySet().stream().sorted().toList()) {
                    Visitor visitor = new Visitor(port);
                    new QuizTaker(visitor).take(quiz, QuizTaker.TAKES.get(quiz));
                    Cookie result = new Cookie("temple_quiz_result", visitor.cookie("temple_quiz_result").orElseThrow())
                            .setDomain("localhost").setPath("/quizzes");
                    scripted.addCookies(List.of(result));
                    plain.addCookies(List.of(result));
                    sweep.checkEveryWay("/quizzes/" + quiz + "/result");
                }
                sweep.checkEveryWay(partnerPage);
                sweep.checkEveryWay(partnerPage + "/withdraw");
                System.out.printf("Quiz results and the partner's comparison in %s: %d pages, %d problems, in %d s%n",
                        language, sweep.swept.size(), sweep.problems.size(), (System.nanoTime() - started) / 1_000_000_000);
                return sweep;
            }
        });
        List<String> problems = sweeps.values().stream().flatMap(sweep -> sweep.problems.stream()).toList();
        assertThat(problems).as("what the check of quiz results found").isEmpty();
    }

    /** Each check can fail: a page made wide, foreign, inaccessible and different without script is caught four times. */
    @Test
    void theSweepCatchesEachKindOfProblem() {
        String bad = "<!DOCTYPE html><html lang=\"en\"><title>Bad</title><main><h1>With script</h1>"
                + "<div style=\"width:2000px\">wide</div><img src=\"https://elsewhere.example/pixel.png\">"
                // enough of an ordinary page for axe to have rules to pass
                + "<nav aria-label=\"Main\"><ul><li><a href=\"#x\">Link</a></li></ul></nav><h2>Part</h2><p>Text</p>"
                + "<label for=\"x\">Name</label><input id=\"x\"><button>Go</button>"
                + "<table><tr><th scope=\"col\">A</th></tr><tr><td>1</td></tr></table></main></html>";
        Browser browser = Browsers.chromium();
        try (BrowserContext scripted = browser.newContext(options("en"));
             BrowserContext plain = browser.newContext(options("en").setJavaScriptEnabled(false))) {
            scripted.route(origin() + "/privacy", route -> route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(bad)));
            scripted.route("https://elsewhere.example/**", route -> route.fulfill(new Route.FulfillOptions().setStatus(204)));
            plain.route(origin() + "/privacy", route -> route.fulfill(new Route.FulfillOptions().setContentType("text/html")
                    .setBody("<!DOCTYPE html><html lang=\"en\"><title>Bad</title><main><h1>Without script</h1></main></html>")));
            Sweep sweep = new Sweep("self-test", scripted, plain);
            sweep.follow("/privacy");
            sweep.run();

            assertThat(sweep.problems).as("three widths too wide, axe at two, a foreign request, another heading").hasSize(7)
                    .anyMatch(problem -> problem.startsWith("/privacy scrolls sideways at 1280 px"))
                    .anyMatch(problem -> problem.startsWith("/privacy scrolls sideways at 320 px") && problem.contains("div"))
                    .anyMatch(problem -> problem.startsWith("/privacy at 390 px breaks axe rules") && problem.contains("image-alt"))
                    .anyMatch(problem -> problem.startsWith("/privacy asks other origins for [https://elsewhere.example/pixel.png]"))
                    .anyMatch(problem -> problem.contains("without JavaScript shows the heading 'Without script', not 'With script'"));
        }
    }

    private Map<String, Sweep> sweepInBothLanguages(String who, List<Cookie> cookies, List<String> start) {
        return inBothLanguages(language -> {
            long started = System.nanoTime();
            try (BrowserContext scripted = Browsers.chromium().newContext(options(language));
                 BrowserContext plain = Browsers.chromium().newContext(options(language).setJavaScriptEnabled(false))) {
                if (!cookies.isEmpty()) {
                    scripted.addCookies(cookies);
                    plain.addCookies(cookies);
                }
                Sweep sweep = new Sweep(who + "/" + language, scripted, plain);
                sweep.chooseLanguage(language);
                start.forEach(sweep::follow);
                sweep.run();
                System.out.printf("Acceptance sweep as %s in %s: %d pages at each of %s px, axe on %d of them at each of %s px, "
                                + "%d problems, in %d s%n", who, language, sweep.swept.size(), WIDTHS, sweep.axedPages,
                        AXE_WIDTHS, sweep.problems.size(), (System.nanoTime() - started) / 1_000_000_000);
                sweep.problems.forEach(problem -> System.out.println("  sweep problem: " + problem));
                return sweep;
            }
        });
    }

    /** The sweep in each language, one after the other, in the shared browser. */
    private static <T> Map<String, T> inBothLanguages(Function<String, T> sweep) {
        Map<String, T> done = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> done.put(language, sweep.apply(language)));
        return done;
    }

    private static Browser.NewContextOptions options(String language) {
        return new Browser.NewContextOptions().setLocale("sv".equals(language) ? "sv-SE" : "en-GB")
                .setViewportSize(WIDTHS.getFirst(), 900);
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    /** What {@link #LOOK} found on a page. */
    private record Look(String heading, List<String> links, int width, boolean blank) {

        static Look of(Page page) {
            Map<?, ?> found = (Map<?, ?>) page.evaluate(LOOK);
            return new Look((String) found.get("heading"), ((List<?>) found.get("links")).stream().map(String::valueOf).toList(),
                    ((Number) found.get("width")).intValue(), Boolean.TRUE.equals(found.get("blank")));
        }
    }

    /** A breadth-first walk over the site's own links in one language, checking each HTML page it meets. */
    private final class Sweep {

        private final String name;
        private final BrowserContext scripted;
        private final Page page;
        private final Page withoutScript;
        private final PageChecks checks;
        private final Deque<String> queue = new ArrayDeque<>();
        private final Set<String> seen = new LinkedHashSet<>();
        private final Map<String, Integer> axedPerShape = new HashMap<>();
        final Set<String> swept = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();
        int axedPages;

        Sweep(String name, BrowserContext scripted, BrowserContext plain) {
            this.name = name;
            this.scripted = scripted;
            this.page = scripted.newPage();
            this.withoutScript = plain.newPage();
            this.checks = new PageChecks(page, origin());
        }

        void chooseLanguage(String language) {
            page.navigate(origin() + "/?lang=" + language);
            withoutScript.navigate(origin() + "/?lang=" + language);
            checks.takeForeignRequests();
        }

        void follow(String path) {
            if (seen.add(path)) {
                queue.add(path);
            }
        }

        void run() {
            while (!queue.isEmpty()) {
                assertThat(seen).as("a sweep that ends").hasSizeLessThan(MOST_PAGES);
                String path = queue.poll();
                APIResponse answer = scripted.request().get(origin() + path, RequestOptions.create().setMaxRedirects(0));
                int status = answer.status();
                if (status / 100 == 3) {
                    internal(answer.headers().get("location")).ifPresent(this::follow);
                } else if (status != 200) {
                    problems.add(path + " answers " + status);
                } else if (answer.headers().getOrDefault("content-type", "").startsWith("text/html")) {
                    check(path);
                }
                answer.dispose();
            }
        }

        /** Checks one page with every check, axe included, without following its links. */
        void checkEveryWay(String path) {
            APIResponse answer = scripted.request().get(origin() + path, RequestOptions.create().setMaxRedirects(0));
            if (answer.status() == 200) {
                check(path, true);
            } else {
                problems.add(path + " answers " + answer.status());
            }
            answer.dispose();
        }

        private void check(String path) {
            check(path, AXE_EVERY_PAGE || axedPerShape.merge(shape(path), 1, Integer::sum) <= AXE_PAGES_PER_SHAPE);
        }

        private void check(String path, boolean axe) {
            swept.add(path);
            page.navigate(origin() + path);
            Look look = Look.of(page);
            look.links().forEach(href -> internal(href).ifPresent(this::follow));
            if (axe) {
                axedPages++;
            }
            for (int width : widthsFrom(page.viewportSize().width)) {
                int scrollWidth = look.width();
                if (width != page.viewportSize().width) {
                    page.setViewportSize(width, 900);
                    scrollWidth = ((Number) page.evaluate("() => " + SCROLL_WIDTH)).intValue();
                }
                if (scrollWidth > width) {
                    problems.add(path + " scrolls sideways at " + width + " px (" + scrollWidth + " px wide): "
                            + page.evaluate(OVERFLOWING, width));
                }
                if (axe && AXE_WIDTHS.contains(width)) {
                    String violations = checks.axeViolations(page);
                    if (!violations.isEmpty()) {
                        problems.add(path + " at " + width + " px breaks axe rules:\n    " + violations.replace("\n", "\n    "));
                    }
                }
            }
            List<String> foreign = checks.takeForeignRequests();
            if (!foreign.isEmpty()) {
                problems.add(path + " asks other origins for " + foreign);
            }
            withoutScript.navigate(origin() + path);
            Look plain = Look.of(withoutScript);
            if (!plain.heading().equals(look.heading())) {
                problems.add(path + " without JavaScript shows the heading '" + plain.heading() + "', not '" + look.heading() + "'");
            } else if (plain.blank()) {
                problems.add(path + " without JavaScript shows no content");
            }
        }

        /**
         * Every width, starting with the one the page was opened at and going on to the far end: the next page opens
         * where this one ended, so each page needs two resizes rather than three. The first width is read right after
         * the load event, at whatever width the page was opened: no script of ours changes a page by its width or
         * after it has loaded; one that did would need a look after it settles.
         */
        private static List<Integer> widthsFrom(int current) {
            return WIDTHS.indexOf(current) == WIDTHS.size() - 1 ? WIDTHS.reversed() : WIDTHS;
        }

        /** The path and query of a link to this site, without its fragment; signing out and changing language are left alone. */
        private java.util.Optional<String> internal(String href) {
            if (href == null) {
                return java.util.Optional.empty();
            }
            String local = href.startsWith(origin()) ? href.substring(origin().length()) : href;
            if (!local.startsWith("/") || local.startsWith("//")) {
                return java.util.Optional.empty();
            }
            URI uri = URI.create(local.replace(" ", "%20"));
            String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery();
            if (path.startsWith("/sign-out") || query != null && query.matches("(.*&)?lang=.*")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(query == null ? path : path + "?" + query);
        }

        /** Pages made by one template: a segment that reads like a slug or an id (a hyphen or a digit) stands for all. */
        private static String shape(String path) {
            URI uri = URI.create(path);
            String segments = Arrays.stream(uri.getRawPath().split("/"))
                    .map(segment -> segment.matches(".*[-0-9].*") ? "*" : segment)
                    .collect(Collectors.joining("/"));
            String keys = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .map(pair -> pair.split("=")[0]).sorted().collect(Collectors.joining("&", "?", ""));
            return segments + keys;
        }

        void assertNoProblems() {
            assertThat(problems).as("what the sweep as " + name + " found on " + swept.size() + " pages").isEmpty();
        }
    }
}
