package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.journal.internal.JournalEpoch;
import app.temple.mail.internal.Outbox;
import app.temple.site.ContentEpoch;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor's article and Journal pages come from memory once rendered, and never outlive a change. */
@TempleIntegrationTest
class SharedArticlePagesIntegrationTest {

    private static final String ARTICLE = JournalReadingIntegrationTest.ARTICLE;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JournalEpoch journalEpoch;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    @Test
    void aVisitorsSecondReadingComesFromMemoryWithTheSameBytesAndHeaders() {
        HttpResponse<String> first = http().get(ARTICLE);
        double before = servedFromMemory();
        HttpResponse<String> second = http().get(ARTICLE);

        assertThat(servedFromMemory()).isGreaterThan(before);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("href=\"/sign-in\"");
        for (String header : new String[] {"ETag", "Last-Modified", "Cache-Control", "Content-Security-Policy", "Content-Type",
                "Content-Language", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"}) {
            assertThat(second.headers().firstValue(header)).as(header).isPresent().isEqualTo(first.headers().firstValue(header));
        }
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void readersWhoAcceptGzipGetTheBytesCompressedOnceUnderTheirOwnTag() throws Exception {
        String plain = http().get(ARTICLE).body();
        http().get(ARTICLE, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> zipped = raw("GET", ARTICLE, "Accept-Encoding", "gzip");

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(gunzip(zipped.body())).isEqualTo(plain);
        assertThat(zipped.body().length).isLessThan(plain.length() / 2);
        String tag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).endsWith("-gzip\"");
        assertThat(raw("GET", ARTICLE, "Accept-Encoding", "gzip", "If-None-Match", tag).statusCode()).isEqualTo(304);
    }

    @Test
    void conditionalAndHeadRequestsAreAnsweredFromMemoryToo() throws Exception {
        HttpResponse<String> first = http().get(ARTICLE);
        http().get(ARTICLE);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(http().get(ARTICLE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(http().get(ARTICLE, "If-None-Match", "\"another\"").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> head = raw("HEAD", ARTICLE);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void sharedPagesWithoutATagOfTheirOwnGetOneFromTheirBytesAndMayBeKeptByTheBrowser() {
        for (String path : new String[] {"/journal", "/"}) {
            HttpResponse<String> first = http().get(path);
            HttpResponse<String> second = http().get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow();

            assertThat(second.headers().firstValue("ETag")).as(path).hasValue(tag);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-cache");
            assertThat(http().get(path, "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void aSignedInMemberNeverGetsTheVisitorsPageAndHersIsNeverShared() {
        http().get(ARTICLE);
        http().get(ARTICLE);
        TestMembers members = new TestMembers(port, outbox);
        Visitor member = members.signedIn(TestMembers.newAddress("shared-pages"));

        assertThat(member.get(ARTICLE).body()).contains("href=\"/account\"").doesNotContain("href=\"/sign-in\"");
        assertThat(http().get(ARTICLE).body()).contains("href=\"/sign-in\"").doesNotContain("href=\"/account\"");
    }

    /**
     * Her page is rendered per request and longer than Tomcat's 8 KiB buffer: it leaves whole, with its length, so a
     * failure while it renders can still be answered with the 503 page (WholePageView).
     */
    @Test
    void aMembersLongPageLeavesWholeWithItsLength() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("whole-page"));

        HttpResponse<String> article = member.get(ARTICLE);

        int length = article.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(length).isGreaterThan(8 * 1024);
        assertThat(article.headers().firstValue("Content-Length")).hasValue(String.valueOf(length));
        assertThat(article.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(article.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    }

    /** Over HTTPS her session cookie is {@code __Host-temple_session}: such a request is never answered from memory. */
    @Test
    void theSecureFormOfTheSessionCookieKeepsTheRequestOutOfTheStore() {
        http().get(ARTICLE);
        http().get(ARTICLE);
        double before = servedFromMemory();

        http().get(ARTICLE, "Cookie", "__Host-temple_session=c29tZS1zZXNzaW9u");

        assertThat(servedFromMemory()).isEqualTo(before);
        http().get(ARTICLE);
        assertThat(servedFromMemory()).as("while a visitor's is").isEqualTo(before + 1);
    }

    @Test
    void eachLanguageIsItsOwnPageAndALanguageChoiceIsRenderedToSetItsCookie() {
        http().get(ARTICLE, "Accept-Language", "sv");
        assertThat(http().get(ARTICLE, "Accept-Language", "sv").body()).contains("<html lang=\"sv\"");
        assertThat(http().get(ARTICLE).body()).contains("<html lang=\"en\"");

        HttpResponse<String> chosen = http().get(ARTICLE + "?lang=sv");
        assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("temple_lang=sv"));
        assertThat(http().get(ARTICLE, "Cookie", "temple_lang=sv").body()).contains("<html lang=\"sv\"");
    }

    @Test
    void aChangeMadeByAnotherInstanceOfTempleEndsTheStoredPagesAtTheNextPoll() {
        String authorPage = "/journal/authors/temple-editorial";
        http().get(authorPage);
        String listed = http().get(authorPage).body();
        String title = jdbc.sql("select title from journal_article where status = 'published' and language = 'en'")
                .query(String.class).list().stream().filter(listed::contains).findFirst().orElseThrow();
        long tick = ContentEpoch.tick();
        try {
            retitle(title, "A title changed elsewhere");
            journalEpoch.poll();

            assertThat(journalEpoch.epoch().unchangedSince(tick)).isFalse();
            assertThat(http().get(authorPage).body()).contains("A title changed elsewhere");
        } finally {
            retitle("A title changed elsewhere", title);
            journalEpoch.poll();
        }
        assertThat(http().get(authorPage).body()).contains(title);
    }

    @Test
    void theReaderWhoseRequestRendersThePageGetsItCompressedLikeEveryLaterOne() throws Exception {
        String authorPage = "/journal/authors/temple-editorial";
        String listed = http().get(authorPage).body();
        String title = jdbc.sql("select title from journal_article where status = 'published' and language = 'en'")
                .query(String.class).list().stream().filter(listed::contains).findFirst().orElseThrow();
        try {
            retitle(title, "A title compressed at once");
            journalEpoch.poll();
            double before = servedFromMemory();
            HttpResponse<byte[]> rendered = raw("GET", authorPage, "Accept-Encoding", "gzip");
            assertThat(servedFromMemory()).as("this request rendered the page").isEqualTo(before);

            assertThat(rendered.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(rendered.body())).contains("A title compressed at once");
            HttpResponse<byte[]> fromMemory = raw("GET", authorPage, "Accept-Encoding", "gzip");
            assertThat(servedFromMemory()).isGreaterThan(before);
            assertThat(fromMemory.body()).isEqualTo(rendered.body());
            for (String header : new String[] {"ETag", "Cache-Control", "Content-Security-Policy", "Content-Type", "Vary"}) {
                assertThat(fromMemory.headers().firstValue(header)).as(header).isPresent().isEqualTo(rendered.headers().firstValue(header));
            }
        } finally {
            retitle("A title compressed at once", title);
            journalEpoch.poll();
        }
    }

    private void retitle(String from, String to) {
        jdbc.sql("update journal_article set title = ?, changed_at = now() where title = ?").params(to, from).update();
    }

    private double servedFromMemory() {
        return meters.get("temple.shared.pages.served").counter().count();
    }

    private Http http() {
        return new Http(port);
    }

    private HttpResponse<byte[]> raw(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
