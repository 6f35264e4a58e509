package app.temple.site;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void aPathThatCouldLeadToAnotherHostBecomesTheHomePage() {
        for (String path : List.of("//evil.example/", "/\\evil.example/", "/\t/evil.example", "evil.example", "", "https://evil.example/")) {
            assertThat(Page.sameOrigin(path)).as(path).isEqualTo("/");
        }
        assertThat(Page.sameOrigin(null)).isEqualTo("/");
    }

    @Test
    void aPathOnThisSiteIsKept() {
        for (String path : List.of("/", "/journal/what-are-intimacy-issues", "/journal//double", "/a%2F%2Fb")) {
            assertThat(Page.sameOrigin(path)).isEqualTo(path);
        }
    }

    @Test
    void theLanguageLinksOfAHostilePathStayOnThisSite() {
        Page page = new Page(java.util.Locale.ENGLISH, "//evil.example/", null, List.of(), "", null, null, null, false);

        assertThat(page.inLanguage(java.util.Locale.of("sv"))).isEqualTo("/?lang=sv");
    }
}
