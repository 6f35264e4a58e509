package app.temple.journal.internal;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.content.ContentFile;
import app.temple.content.MalformedContentException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each article page says who reviewed it, with her credentials and the day, or honestly that clinical review is
 * pending; the loader and the editor refuse a reviewer who is not on the list.
 */
@TempleIntegrationTest
class ArticleReviewIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleFiles files;
    @Autowired
    AuthorFiles people;
    @Autowired
    JournalEditor editor;
    @Autowired
    Articles articles;

    @Test
    void noStartingArticleClaimsAReviewAndTheTraumaRelatedOnesWaitForATraumaInformedRead() {
        String trauma = http().get("/journal/what-are-intimacy-issues").body();
        assertThat(trauma).contains("Clinical review pending: no qualified clinician has reviewed this article yet.",
                "it also waits for a read by a trauma-informed clinician", "href=\"/about#how-we-write\"")
                .doesNotContain("Reviewed by");
        String other = http().get("/journal/desire-discrepancy").body();
        assertThat(other).contains("Clinical review pending").doesNotContain("trauma-informed clinician", "Reviewed by");
        String swedish = http().get("/journal/sv/body-keeps-small-moments", "Accept-Language", "sv").body();
        assertThat(swedish).contains("Klinisk granskning väntar", "läsas av en traumamedveten kliniker")
                .doesNotContain("Clinical review", "Granskad av");
    }

    @Test
    void aReviewedArticleNamesItsReviewerHerCredentialsAndTheDayInThePagesLanguage() {
        String reviewer = "reviewer-" + suffix();
        people.load(reviewers(reviewer, false));
        String slug = "reviewed-" + suffix();
        files.load(article(slug, "reviewer: " + reviewer + "\nreviewed-on: 2026-12-01\n"));

        String english = http().get("/journal/" + slug).body();
        assertThat(english).contains("Reviewed by Maja Exempel, Licensed psychologist, on 1 December 2026.")
                .doesNotContain("Clinical review pending", "2026-12-01.");
        String swedish = http().get("/journal/" + slug, "Accept-Language", "sv").body();
        assertThat(swedish).contains("Granskad av Maja Exempel, legitimerad psykolog, den 1 december 2026.");
    }

    @Test
    void aTraumaRelatedArticleIsReviewedOnlyByATraumaInformedClinician() {
        String general = "general-" + suffix();
        String traumaInformed = "trauma-informed-" + suffix();
        people.load(reviewers(general, false));
        people.load(reviewers(traumaInformed, true));
        String slug = "trauma-" + suffix();

        assertThatThrownBy(() -> files.load(article(slug, "trauma-related: true\nreviewer: " + general + "\nreviewed-on: 2026-12-01\n")))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("not marked trauma-informed");
        files.load(article(slug, "trauma-related: true\nreviewer: " + traumaInformed + "\nreviewed-on: 2026-12-01\n"));
        assertThat(http().get("/journal/" + slug).body()).contains("Reviewed by Maja Exempel")
                .doesNotContain("waits for a read by a trauma-informed clinician");
    }

    @Test
    void anUnknownReviewerStopsTheLoadAndTheEditorSaysWhy() {
        String slug = "unknown-reviewer-" + suffix();
        assertThatThrownBy(() -> files.load(article(slug, "reviewer: nobody-we-know\nreviewed-on: 2026-12-01\n")))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("reviewer nobody-we-know is not in content/journal/reviewers.yaml");
        assertThat(articles.find(slug, "en")).isEmpty();

        assertThatThrownBy(() -> files.load(article(slug, "reviewer: nobody-we-know\n")))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("reviewer and reviewed-on go together");

        assertThatThrownBy(() -> editor.createDraft(source(slug, "reviewer: nobody-we-know\nreviewed-on: 2026-12-01\n")))
                .isInstanceOfSatisfying(EditorProblem.class, problem -> assertThat(problem.detail()).contains("nobody-we-know"));
    }

    @Test
    void authorsHaveANameInEachLanguageAndTheFounderHasHerPage() {
        assertThat(http().get("/journal/authors/temple-editorial", "Accept-Language", "sv").body())
                .contains("<h1>Temples redaktion</h1>").doesNotContain("Temple editorial team");
        assertThat(http().get("/journal/sv/desire-discrepancy", "Accept-Language", "sv").body()).contains(">Temples redaktion</a>");
        assertThat(http().get("/journal/desire-discrepancy").body()).contains(">Temple editorial team</a>");

        var founder = http().get("/journal/authors/andrea-leijon");
        assertThat(founder.statusCode()).isEqualTo(200);
        assertThat(founder.body()).contains("<h1>Andrea Leijon</h1>", "Andrea Leijon founded Temple");
        assertThat(http().get("/journal/authors/andrea-leijon", "Accept-Language", "sv").body()).contains("Andrea Leijon grundade Temple");

        String id = "author-" + suffix();
        assertThatThrownBy(() -> people.load(new ContentFile("journal/authors.yaml",
                id + ":\n  name: { en: Only English }\n  bio: { en: Bio., sv: Bio. }\n", suffix())))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("needs both en and sv");
    }

    private static ContentFile reviewers(String id, boolean traumaInformed) {
        return new ContentFile("journal/reviewers.yaml", """
                %s:
                  name: Maja Exempel
                  credentials:
                    en: Licensed psychologist
                    sv: legitimerad psykolog
                  trauma-informed: %s
                """.formatted(id, traumaInformed), suffix());
    }

    private static ContentFile article(String slug, String review) {
        return new ContentFile("journal/" + slug + ".md", source(slug, review + "published: 2020-01-01\n"), suffix());
    }

    private static String source(String slug, String frontMatter) {
        return """
                ---
                title: A reviewed test article
                slug: %s
                language: en
                author: temple-editorial
                tags: [Review tests]
                summary: A test article about review.
                %s---
                Body.
                """.formatted(slug, frontMatter);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Http http() {
        return new Http(port);
    }
}
