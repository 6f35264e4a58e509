package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feed, the sitemap and robots.txt, read with a real XML parser. */
@TempleIntegrationTest
class JournalFeedsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theFeedIsWellFormedAtomWithAbsoluteLinks() throws Exception {
        HttpResponse<String> response = new Http(port).get("/journal/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document feed = parse(response.body());

        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(12);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(text(entry, "id")).startsWith("urn:uuid:");
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(((Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href"))
                    .startsWith("http").contains("/journal/");
        }
    }

    @Test
    void theSitemapListsEveryPublishedArticleAndNothingPrivate() throws Exception {
        HttpResponse<String> response = new Http(port).get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Document sitemap = parse(response.body());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        NodeList locations = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertThat(urls).anyMatch(url -> url.endsWith("/journal/what-are-intimacy-issues"))
                .anyMatch(url -> url.endsWith("/journal/sv/what-are-intimacy-issues"))
                .anyMatch(url -> url.endsWith("/journal/tags/science-based"))
                .noneMatch(url -> url.contains("/editor") || url.contains("/account"));
        assertThat(urls).allMatch(url -> url.startsWith("http"));
    }

    @Test
    void robotsPointsAtTheSitemapAndAwayFromPrivatePages() {
        String robots = new Http(port).get("/robots.txt").body();
        assertThat(robots).contains("Sitemap: http", "/sitemap.xml", "Disallow: /editor/", "Disallow: /account");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
}
