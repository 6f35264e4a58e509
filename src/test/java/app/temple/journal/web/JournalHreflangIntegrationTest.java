package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search engines learn an article's language versions from its head: one alternate per published language and,
 * for readers whose language has none, {@code x-default} pointing at the English original.
 */
@TempleIntegrationTest
class JournalHreflangIntegrationTest {

    private static final String ENGLISH = "/journal/what-are-intimacy-issues";
    private static final String SWEDISH = "/journal/sv/what-are-intimacy-issues";

    @LocalServerPort
    int port;
    @Value("${temple.public-url}")
    String publicUrl;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;

    @Test
    void bothVersionsListEveryLanguageAndTheEnglishOriginalAsTheDefault() {
        for (String path : new String[] {ENGLISH, SWEDISH}) {
            Map<String, String> alternates = alternates(path);
            assertThat(alternates).as(path).containsExactlyInAnyOrderEntriesOf(
                    Map.of("en", url(ENGLISH), "sv", url(SWEDISH), "x-default", url(ENGLISH)));
        }
    }

    @Test
    void theDefaultIsTheEnglishVersionWhateverTheReadersInterfaceLanguage() {
        Document swedishInterface = Jsoup.parse(new Http(port).get(SWEDISH, "Cookie", "lang=sv").body());
        assertThat(swedishInterface.select("head link[rel=alternate][hreflang=x-default]").eachAttr("href")).containsExactly(url(ENGLISH));
    }

    @Test
    void anArticleWithoutATranslationHasNoDefaultToChoose() {
        // every article in content/journal has its Swedish version, so an editor writes one that has none
        Visitor editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        String slug = "english-only-" + UUID.randomUUID().toString().substring(0, 8);
        publish(editor, source(slug, "en", null));
        assertThat(alternates("/journal/" + slug)).containsOnlyKeys("en");
    }

    @Test
    void aTranslationTakenBackLeavesTheEnglishPageWithoutItsAlternates() {
        Visitor editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        String slug = "hreflang-" + UUID.randomUUID().toString().substring(0, 8);
        publish(editor, source(slug, "en", null));
        UUID swedish = publish(editor, source(slug, "sv", slug));
        assertThat(alternates("/journal/sv/" + slug)).containsExactlyInAnyOrderEntriesOf(Map.of("en", url("/journal/" + slug),
                "sv", url("/journal/sv/" + slug), "x-default", url("/journal/" + slug)));
        assertThat(alternates("/journal/" + slug)).containsKeys("sv", "x-default");

        editor.get("/editor/journal/" + swedish + "/unpublish");
        assertThat(editor.post("/editor/journal/" + swedish + "/unpublish").statusCode()).isEqualTo(302);

        assertThat(alternates("/journal/" + slug)).containsOnlyKeys("en");
    }

    /** hreflang to address; a language listed twice fails. */
    private Map<String, String> alternates(String path) {
        HttpResponse<String> response = new Http(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Map<String, String> alternates = new HashMap<>();
        for (Element link : Jsoup.parse(response.body()).select("head link[rel=alternate][hreflang]")) {
            assertThat(alternates.put(link.attr("hreflang"), link.attr("href"))).as(path + " lists " + link.attr("hreflang") + " once").isNull();
        }
        return alternates;
    }

    private UUID publish(Visitor editor, String source) {
        editor.get("/editor/journal/new");
        HttpResponse<String> created = editor.post("/editor/journal/new", "action", "save", "source", source);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        UUID id = UUID.fromString(redirectPath(created).replaceAll("^/editor/journal/([0-9a-f-]+).*", "$1"));
        editor.get("/editor/journal/" + id);
        HttpResponse<String> published = editor.post("/editor/journal/" + id, "action", "publish", "source", source);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        return id;
    }

    private static String source(String slug, String language, String translationOf) {
        return """
                ---
                title: Versions %s
                slug: %s
                language: %s
                %sauthor: temple-editorial
                tags: [Editor tests]
                summary: An article in more than one language.
                reviewed-by: Temple editorial team
                ---
                A paragraph.
                """.formatted(language, slug, language, translationOf == null ? "" : "translation-of: " + translationOf + "\n");
    }

    private String url(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }
}
