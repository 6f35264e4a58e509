package app.temple.journal.web;

import app.temple.site.PublicAddress;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.journal.internal.Authors;
import app.temple.journal.internal.Tags;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What machines read: the Atom feed of published articles, the sitemap and robots.txt. Written with a real XML
 * writer, so titles and summaries are always escaped correctly; drafts and scheduled articles never appear.
 */
@RestController
class FeedController {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int FEED_SIZE = 20;

    private final Articles articles;
    private final Authors authors;
    private final Tags tags;
    private final PublicAddress urls;

    FeedController(Articles articles, Authors authors, Tags tags, PublicAddress urls) {
        this.articles = articles;
        this.authors = authors;
        this.tags = tags;
        this.urls = urls;
    }

    @GetMapping(value = "/journal/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed() throws XMLStreamException {
        List<ArticleRow> published = articles.newestPublished(FEED_SIZE);
        Map<String, String> authorNames = new HashMap<>(); // one query per author, not per entry
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", "Temple Journal");
        element(xml, "id", urls.of("/journal"));
        element(xml, "updated", articles.lastPublicChange().toString());
        link(xml, "self", urls.of("/journal/feed.atom"));
        link(xml, "alternate", urls.of("/journal"));
        for (ArticleRow article : published) {
            xml.writeStartElement("entry");
            element(xml, "title", article.title());
            element(xml, "id", "urn:uuid:" + article.id());
            link(xml, "alternate", urls.of(article.path()));
            element(xml, "published", article.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            element(xml, "updated", article.changedAt().toString());
            xml.writeStartElement("author");
            element(xml, "name", authorNames.computeIfAbsent(article.author() + "/" + article.language(),
                    key -> authors.named(article.author()).name(java.util.Locale.forLanguageTag(article.language()))));
            xml.writeEndElement();
            xml.writeStartElement("summary");
            xml.writeAttribute("xml:lang", article.language());
            xml.writeCharacters(article.summary());
            xml.writeEndElement();
            for (String tag : article.tags()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", tag);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(out.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        for (String path : List.of("/", "/privacy", "/help", "/about", "/journal")) {
            url(xml, urls.of(path), null);
        }
        for (ArticleRow article : articles.allPublished()) {
            url(xml, urls.of(article.path()), article.changedAt());
        }
        for (Tags.Tag tag : tags.all()) {
            url(xml, urls.of("/journal/tags/" + tag.slug()), null);
        }
        for (var author : authors.all()) {
            url(xml, urls.of("/journal/authors/" + author.id()), null);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(out.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /account
                Disallow: /admin/
                Disallow: /editor/
                Disallow: /dev/
                Allow: /

                Sitemap: %s
                """.formatted(urls.of("/sitemap.xml"));
    }

    private static void url(XMLStreamWriter xml, String location, Instant modified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", location);
        if (modified != null) {
            element(xml, "lastmod", modified.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
