package bench.temple;

import app.temple.journal.internal.ArticleDocument;
import app.temple.journal.internal.ArticleSources;
import app.temple.journal.internal.Author;
import app.temple.journal.internal.MarkdownRenderer;
import app.temple.journal.internal.RenderedArticle;
import app.temple.journal.internal.Review;
import app.temple.journal.web.ArticleView;
import app.temple.journal.web.Views.Alternate;
import app.temple.journal.web.Views.Card;
import app.temple.journal.web.Views.TagLink;
import app.temple.site.Page;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An article of the starting content, from its Markdown to the page: {@code markdown} renders and sanitizes its body,
 * FAQ and citations (done once per revision in the app, then cached); {@code page} renders the precompiled JTE article
 * page, layout included, from a view like the one the app builds for it (done on every request that is not served
 * from the shared page cache, e.g. for a signed-in member).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArticleRenderingBenchmark {

    private static final String SLUG = "what-are-intimacy-issues";

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private ArticleDocument document;
    private TemplateEngine templates;
    private Map<String, Object> model;

    @Setup
    public void load() {
        document = ArticleSources.parse(BundledContent.file("journal/" + SLUG + ".md"));
        // the precompiled templates of target/classes, as the jar serves them
        templates = TemplateEngine.createPrecompiled(ContentType.Html);
        model = Map.of("page", reader(), "article", view(markdown.render(document)));
        String html = new String(page(), java.nio.charset.StandardCharsets.UTF_8);
        if (!html.contains(document.title()) || !html.contains("ref-1")) {
            throw new IllegalStateException("the article page did not render the article");
        }
    }

    @Benchmark
    public RenderedArticle markdown() {
        return markdown.render(document);
    }

    /** Into bytes, as the app's view renders every page (site.web.WholePageView). */
    @Benchmark
    public byte[] page() {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render("journal/article.jte", model, output);
        return output.toByteArray();
    }

    /** The messages as the app configures them (application.properties, spring.messages.*). */
    private static Page reader() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "mail/messages", "journal/messages", "quiz/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        List<Page.Section> navigation = List.of(new Page.Section("/journal", "nav.journal"),
                new Page.Section("/quizzes", "nav.quizzes"), new Page.Section("/courses", "nav.courses"),
                new Page.Section("/sessions", "nav.sessions"));
        return new Page(Locale.ENGLISH, "/journal/" + SLUG, "bench-nonce", navigation, "https://www.bbc.com/weather",
                messages, null, null, true);
    }

    private ArticleView view(RenderedArticle html) {
        List<TagLink> tags = document.tags().stream()
                .map(tag -> new TagLink(tag, tag.toLowerCase(Locale.ROOT).replace(' ', '-'))).toList();
        String path = "/journal/" + SLUG;
        String url = "http://localhost:8080" + path;
        Author author = new Author(document.author(), "Temple editorial team", "Temples redaktion",
                "Temple's editors write the Journal's articles from the published research.",
                "Temples redaktion skriver Journalens artiklar utifrån publicerad forskning.");
        List<Card> related = List.of(
                new Card("Responsive and spontaneous desire", "Desire that follows closeness is as real as desire that comes first.",
                        "/journal/responsive-vs-spontaneous-desire", "en", LocalDate.of(2026, 10, 8), tags.subList(0, 2), 6),
                new Card("Stress and closeness", "What stress does to closeness, and the small things that help.",
                        "/journal/stress-and-closeness", "en", LocalDate.of(2026, 10, 9), tags.subList(1, 3), 5),
                new Card("The cycle of avoidance", "Why avoiding closeness can keep the pattern going.",
                        "/journal/cycle-of-avoidance", "en", LocalDate.of(2026, 10, 10), tags.subList(2, 4), 7));
        List<Alternate> alternates = List.of(new Alternate("en", path, url),
                new Alternate("sv", path + "-sv", url + "-sv"));
        String jsonLd = "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"" + document.title() + "\"}";
        return new ArticleView(document.title(), document.summary(), document.language(), path, url, author, tags,
                document.published(), new Review.Pending(document.traumaRelated()), 9,
                "/quizzes/" + document.quiz(), "/courses/" + document.lesson(), document.lessonTitle(), html, related,
                alternates, List.of(jsonLd));
    }
}
