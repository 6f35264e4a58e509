package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.content.Revision;
import app.temple.journal.internal.ScheduledPublishing;
import app.temple.mail.internal.Outbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor takes a published article back to draft: after a confirmation page it leaves every public surface,
 * its address answers 404, the pages that linked to it change, and its history records the step.
 */
@TempleIntegrationTest
class JournalUnpublishIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    Articles articles;
    @Value("${temple.public-url}")
    String publicUrl;

    private Visitor editor;
    private String suffix;
    private String slug;
    private String tag;
    private String word;

    @BeforeEach
    void aPublishedArticle() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        slug = "a-withdrawn-" + suffix;
        tag = "withdrawn-" + suffix;
        // a word only this article has, so search can be asked for it alone
        word = "quillborrow" + suffix.replaceAll("[0-9]", "k");
    }

    @Test
    void theEditorPageOffersItAndAConfirmationPageAsksFirstWithoutChangingAnything() {
        UUID id = published(slug, tag, word);

        Document editorPage = Jsoup.parse(editor.get("/editor/journal/" + id).body());
        Element offer = editorPage.selectFirst("a.unpublish");
        assertThat(offer.attr("href")).isEqualTo("/editor/journal/" + id + "/unpublish");
        assertThat(offer.text()).isEqualTo("Take back to draft…");

        HttpResponse<String> confirmation = editor.get("/editor/journal/" + id + "/unpublish");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        Document asked = Jsoup.parse(confirmation.body());
        assertThat(asked.selectFirst("h1").text()).isEqualTo("Take “Withdrawn " + suffix + "” back to draft?");
        Element confirm = asked.selectFirst("main form[method=post]");
        assertThat(confirm.attr("action")).isEqualTo("/editor/journal/" + id + "/unpublish");
        assertThat(confirm.select("input[name=_csrf]")).hasSize(1);
        assertThat(asked.select("main a[href=/editor/journal/" + id + "]")).as("a way back that changes nothing").hasSize(1);

        assertThat(articles.find(id).orElseThrow().status()).as("asking changes nothing").isEqualTo("published");
        assertThat(new Http(port).get("/journal/" + slug).statusCode()).isEqualTo(200);
    }

    @Test
    void itsAddressAnswers404AndSoDoesItsOldSlug() {
        UUID id = published(slug, tag, word);
        String renamed = "a-withdrawn-renamed-" + suffix;
        publish(id, source(renamed, tag, word));
        assertThat(new Http(port).get("/journal/" + slug).statusCode()).as("the old slug redirects first").isEqualTo(301);

        assertThat(new Http(port).get("/journal/" + renamed).statusCode()).isEqualTo(200);

        unpublish(id);

        assertThat(new Http(port).get("/journal/" + renamed).statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/journal/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void itLeavesTheIndexAndTheAuthorsPage() {
        UUID id = published(slug, tag, word);
        assertThat(cardLinks("/journal")).contains("/journal/" + slug);
        assertThat(cardLinks("/journal/authors/temple-editorial")).contains("/journal/" + slug);

        unpublish(id);

        assertThat(cardLinks("/journal")).doesNotContain("/journal/" + slug);
        assertThat(cardLinks("/journal/authors/temple-editorial")).doesNotContain("/journal/" + slug);
    }

    @Test
    void itLeavesItsTagPagesAndItsOnlyTagIsGone() {
        UUID id = published(slug, tag, word);
        assertThat(cardLinks("/journal/tags/" + tag)).containsExactly("/journal/" + slug);
        assertThat(cardLinks("/journal/tags/editor-tests")).contains("/journal/" + slug);

        unpublish(id);

        assertThat(new Http(port).get("/journal/tags/" + tag).statusCode()).as("no published article has this tag").isEqualTo(404);
        assertThat(cardLinks("/journal/tags/editor-tests")).doesNotContain("/journal/" + slug);
        assertThat(Jsoup.parse(new Http(port).get("/journal").body()).select("a[href=/journal/tags/" + tag + "]"))
                .as("the index's tag filter").isEmpty();
    }

    @Test
    void itLeavesSearch() {
        UUID id = published(slug, tag, word);
        assertThat(searchLinks(word)).containsExactly("/journal/" + slug);

        unpublish(id);

        assertThat(searchLinks(word)).isEmpty();
    }

    @Test
    void itLeavesTheFeed() throws Exception {
        UUID id = published(slug, tag, word);
        assertThat(xmlValues("/journal/feed.atom", "link", "href")).contains(url("/journal/" + slug));

        unpublish(id);

        assertThat(xmlValues("/journal/feed.atom", "link", "href")).doesNotContain(url("/journal/" + slug));
        assertThat(xmlValues("/journal/feed.atom", "id", null)).doesNotContain("urn:uuid:" + id);
    }

    @Test
    void itLeavesTheSitemap() throws Exception {
        UUID id = published(slug, tag, word);
        assertThat(xmlValues("/sitemap.xml", "loc", null)).contains(url("/journal/" + slug), url("/journal/tags/" + tag));

        unpublish(id);

        assertThat(xmlValues("/sitemap.xml", "loc", null)).doesNotContain(url("/journal/" + slug), url("/journal/tags/" + tag));
    }

    @Test
    void pagesThatLinkedToItChangeThoughItWasNotTheNewestChange() {
        // shares its tag with a sister article, so it is the sister's first related article; a newer article
        // published afterwards means taking it back does not change which published article changed last.
        // (Other tests publish with clocks days ahead, so the newest change may even lie in the future.)
        String sister = "a-sister-" + suffix;
        published(sister, tag, "sisterly");
        UUID id = published(slug, tag, word);
        published("a-newer-" + suffix, "newer-" + suffix, "newer");
        Http http = new Http(port);
        HttpResponse<String> before = http.get("/journal/" + sister);
        assertThat(relatedLinks(before.body())).contains("/journal/" + slug);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/journal/" + sister, "If-None-Match", etag).statusCode()).isEqualTo(304);

        unpublish(id);

        HttpResponse<String> after = http.get("/journal/" + sister, "If-None-Match", etag);
        assertThat(after.statusCode()).as("a reader's cached copy links to it: it must not be confirmed as current").isEqualTo(200);
        assertThat(relatedLinks(after.body())).doesNotContain("/journal/" + slug);
    }

    @Test
    void theHistoryRecordsItAsARevisionWithTheSameText() {
        UUID id = published(slug, tag, word);
        Revision published = articles.revisions(id).getFirst();

        HttpResponse<String> done = unpublish(id);

        assertThat(redirectPath(done)).isEqualTo("/editor/journal/" + id + "?unpublished");
        List<Revision> history = articles.revisions(id);
        assertThat(history.getFirst().origin().key()).isEqualTo("unpublish");
        assertThat(history.getFirst().number()).isEqualTo(published.number() + 1);
        assertThat(history.getFirst().source()).isEqualTo(published.source());
        ArticleRow row = articles.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo("draft");
        assertThat(row.currentRevision()).isEqualTo(history.getFirst().id());

        Document page = Jsoup.parse(editor.get(redirectPath(done)).body());
        assertThat(page.selectFirst("p.notice").text()).isEqualTo("Taken back to draft. It is no longer on the site.");
        assertThat(page.selectFirst(".state").text()).contains("Draft");
        assertThat(page.selectFirst(".revisions li").text()).contains("Revision " + history.getFirst().number(), "taken back to draft", "current");
        assertThat(page.select("a.unpublish")).as("nothing left to take back").isEmpty();
    }

    @Test
    void publishedAgainItIsBackAtTheSameAddress() {
        UUID id = published(slug, tag, word);
        unpublish(id);

        publish(id, source(slug, tag, word));

        assertThat(new Http(port).get("/journal/" + slug).statusCode()).isEqualTo(200);
        assertThat(searchLinks(word)).containsExactly("/journal/" + slug);
    }

    @Test
    void aScheduledArticleTakenBackIsNotPublishedAtItsMoment() {
        UUID id = create(source(slug, tag, word));
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        editor.get("/editor/journal/" + id);
        assertThat(editor.post("/editor/journal/" + id, "action", "schedule", "source", source(slug, tag, word),
                "publishAt", at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), "zone", "Europe/Stockholm").statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(editor.get("/editor/journal/" + id + "/unpublish").body()).selectFirst("p.lead").text())
                .contains("will not be published at its scheduled time");

        unpublish(id);

        new ScheduledPublishing(articles, Clock.fixed(at.atZone(ZoneId.of("Europe/Stockholm")).toInstant().plusSeconds(60), ZoneOffset.UTC))
                .publishDue();
        assertThat(articles.find(id).orElseThrow().status()).isEqualTo("draft");
        assertThat(new Http(port).get("/journal/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftHasNothingToTakeBack() {
        UUID id = create(source(slug, tag, word));

        HttpResponse<String> asked = editor.get("/editor/journal/" + id + "/unpublish");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(redirectPath(asked)).isEqualTo("/editor/journal/" + id);
        editor.get("/editor/journal/" + id);
        HttpResponse<String> refused = editor.post("/editor/journal/" + id + "/unpublish");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("This article is already a draft.");
        assertThat(articles.revisions(id)).hasSize(1);
    }

    @Test
    void onlyAnEditorMayTakeAnArticleBack() {
        UUID id = published(slug, tag, word);
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("unpublish"));
        member.get("/account");

        assertThat(member.get("/editor/journal/" + id + "/unpublish").statusCode()).isEqualTo(403);
        assertThat(member.post("/editor/journal/" + id + "/unpublish").statusCode()).isEqualTo(403);
        Visitor anonymous = new Visitor(port);
        anonymous.get("/journal");
        assertThat(anonymous.post("/editor/journal/" + id + "/unpublish").statusCode()).isIn(302, 403);

        assertThat(articles.find(id).orElseThrow().status()).isEqualTo("published");
    }

    private HttpResponse<String> unpublish(UUID id) {
        editor.get("/editor/journal/" + id + "/unpublish");
        HttpResponse<String> done = editor.post("/editor/journal/" + id + "/unpublish");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        return done;
    }

    /** Published through the editor; its page is not asked for here, so no test starts with a page already built. */
    private UUID published(String articleSlug, String articleTag, String bodyWord) {
        UUID id = create(source(articleSlug, articleTag, bodyWord));
        publish(id, source(articleSlug, articleTag, bodyWord));
        return id;
    }

    private UUID create(String source) {
        editor.get("/editor/journal/new");
        HttpResponse<String> created = editor.post("/editor/journal/new", "action", "save", "source", source);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return UUID.fromString(redirectPath(created).replaceAll("^/editor/journal/([0-9a-f-]+).*", "$1"));
    }

    private void publish(UUID id, String source) {
        editor.get("/editor/journal/" + id);
        HttpResponse<String> response = editor.post("/editor/journal/" + id, "action", "publish", "source", source);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private String source(String articleSlug, String articleTag, String bodyWord) {
        return """
                ---
                title: Withdrawn %s
                slug: %s
                language: en
                author: temple-editorial
                tags: [Editor tests, %s]
                summary: An article an editor takes back.
                reviewed-by: Temple editorial team
                ---
                A paragraph with the word %s in it.
                """.formatted(suffix, articleSlug, articleTag, bodyWord);
    }

    /** The article links on every page of a listing, following its "older articles" links. */
    private List<String> cardLinks(String path) {
        List<String> links = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null && pages < 50; pages++) {
            HttpResponse<String> response = new Http(port).get(next);
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            page.select(".cards .card h2 a").forEach(link -> links.add(link.attr("href")));
            Element older = page.selectFirst("a[rel=next]");
            next = older == null ? null : older.attr("href");
        }
        return links;
    }

    private List<String> searchLinks(String query) {
        return Jsoup.parse(new Http(port).get("/journal/search?q=" + query).body()).select("#search-results .card h2 a").eachAttr("href");
    }

    private static List<String> relatedLinks(String html) {
        return Jsoup.parse(html).select(".related .card a").eachAttr("href");
    }

    /** Parses the XML the way a feed reader or crawler would and returns an element's text or attribute everywhere. */
    private List<String> xmlValues(String path, String element, String attribute) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(new Http(port).get(path).body().getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = xml.getElementsByTagNameNS("*", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element node = (org.w3c.dom.Element) nodes.item(i);
            values.add(attribute == null ? node.getTextContent() : node.getAttribute(attribute));
        }
        return values;
    }

    private String url(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }
}
