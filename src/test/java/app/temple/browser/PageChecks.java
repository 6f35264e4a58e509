package app.temple.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page must pass: axe (WCAG 2.2 A and AA) and no request to any origin but the platform's. */
final class PageChecks {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final String origin;
    private final List<String> foreignRequests = new ArrayList<>();

    PageChecks(Page page, String origin) {
        this.origin = origin;
        page.onRequest(request -> {
            if (isForeign(request.url())) {
                foreignRequests.add(request.url());
            }
        });
    }

    private boolean isForeign(String url) {
        String scheme = URI.create(url).getScheme();
        if ("data".equals(scheme) || "blob".equals(scheme) || "about".equals(scheme)) {
            return false;
        }
        return !url.startsWith(origin + "/") && !url.equals(origin);
    }

    void assertAccessibleAndSelfContained(Page page) {
        AxeResults results = axe(page);
        assertThat(results.getViolations()).as("axe violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
        assertSelfContained(page);
    }

    /** What axe finds on the page as it is now, one line per rule broken; empty when it passes. */
    String axeViolations(Page page) {
        return describe(axe(page).getViolations());
    }

    /**
     * Axe run in the page itself ("legacy mode"), reporting the rules broken in full and those passed with at most one
     * element each. The library's default runs axe in every frame and then opens a new browser page to merge the results:
     * our pages have no frames, and that extra page and the second injection of axe made each check take about twice
     * as long; those checks were most of the suite's time on two cores.
     */
    private static AxeResults axe(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // options first: options() replaces the whole set, withTags() adds to it
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        assertThat(results.getPasses()).as("axe ran its rules on " + page.url()).hasSizeGreaterThan(10);
        return results;
    }

    /** The requests to other origins seen so far, which are then forgotten. */
    List<String> takeForeignRequests() {
        List<String> seen = List.copyOf(foreignRequests);
        foreignRequests.clear();
        return seen;
    }

    /** The checks above, and no sideways scroll on a phone 320 pixels wide (the context's viewport). */
    void assertAccessibleSelfContainedAndNarrow(Page page, String what) {
        assertAccessibleAndSelfContained(page);
        Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(what + " scrolls sideways").isLessThanOrEqualTo(320);
    }

    /** For a page read without JavaScript, where axe cannot run: still nothing fetched from another origin. */
    void assertSelfContained(Page page) {
        assertThat(foreignRequests).as("requests to other origins from " + page.url()).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
