package app.temple.journal.web;

import app.temple.site.PublicAddress;
import app.temple.journal.internal.ArticleDocument;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.journal.internal.Author;
import app.temple.journal.internal.Authors;
import app.temple.journal.internal.RenderedArticle.RenderedFaq;
import app.temple.journal.internal.Review;
import app.temple.journal.internal.Reviewer;
import app.temple.journal.internal.Reviewers;
import app.temple.journal.internal.RenderedRevisions.Rendering;
import app.temple.journal.web.Views.Alternate;
import app.temple.journal.web.Views.Card;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Puts an article's page together: the cached rendering, its neighbours, its versions and its structured data. */
@Component
class ArticlePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Articles articles;
    private final Authors authors;
    private final Reviewers reviewers;
    private final PublicAddress urls;
    private final Map<String, ArticleView> views = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ArticleView> eldest) {
                    return size() > 256;
                }
            });

    ArticlePages(Articles articles, Authors authors, Reviewers reviewers, PublicAddress urls) {
        this.articles = articles;
        this.authors = authors;
        this.reviewers = reviewers;
        this.urls = urls;
    }

    /**
     * The page's view, built once per revision and state of the public Journal: its neighbours, versions and
     * structured data change only when something is published, renamed or withdrawn, and that moves
     * {@code lastPublicChange}. Reading an article is the hottest path; it should cost no more queries than
     * the two that decide whether it may be shown.
     */
    ArticleView view(ArticleRow article, Rendering rendering, java.time.Instant lastPublicChange) {
        String key = article.currentRevision() + "@" + lastPublicChange.toEpochMilli();
        ArticleView cached = views.get(key);
        if (cached != null) {
            return cached;
        }
        ArticleView view = build(article, rendering);
        views.put(key, view);
        return view;
    }

    private ArticleView build(ArticleRow article, Rendering rendering) {
        ArticleDocument document = rendering.document();
        List<Alternate> alternates = new ArrayList<>();
        alternates.add(new Alternate(article.language(), article.path(), urls.of(article.path())));
        articles.translations(article).forEach(other -> alternates.add(new Alternate(other.language(), other.path(), urls.of(other.path()))));
        Author author = authors.named(document.author());
        Review review = reviewers.reviewOf(document);
        List<String> jsonLd = new ArrayList<>(List.of(json(articleData(article, document, author, review))));
        if (!rendering.html().faq().isEmpty()) {
            jsonLd.add(json(faqData(rendering.html().faq())));
        }
        return new ArticleView(document.title(), document.summary(), article.language(), article.path(), urls.of(article.path()),
                author, Views.tags(article), article.publishedOn(), review, article.readingMinutes(),
                document.quiz() == null ? null : "/quizzes/" + document.quiz(),
                document.lesson() == null ? null : "/courses/" + document.lesson(), document.lessonTitle(), rendering.html(),
                articles.related(article, 3).stream().map(Card::of).toList(), List.copyOf(alternates), List.copyOf(jsonLd));
    }

    private Map<String, Object> articleData(ArticleRow article, ArticleDocument document, Author author, Review review) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Article");
        data.put("headline", document.title());
        data.put("description", document.summary());
        data.put("inLanguage", article.language());
        data.put("url", urls.of(article.path()));
        data.put("mainEntityOfPage", urls.of(article.path()));
        if (article.publishedOn() != null) {
            data.put("datePublished", article.publishedOn().toString());
        }
        if (review instanceof Review.Done(Reviewer reviewer, java.time.LocalDate on)) {
            data.put("dateModified", on.toString());
            data.put("lastReviewed", on.toString());
            data.put("reviewedBy", Map.of("@type", "Person", "name", reviewer.name()));
        }
        data.put("author", Map.of("@type", "Organization", "name", author.name(Locale.forLanguageTag(article.language())),
                "url", urls.of("/journal/authors/" + document.author())));
        data.put("publisher", Map.of("@type", "Organization", "name", "Temple", "url", urls.of("/")));
        data.put("keywords", String.join(", ", document.tags()));
        return data;
    }

    private static Map<String, Object> faqData(List<RenderedFaq> faq) {
        List<Map<String, Object>> questions = faq.stream().map(entry -> Map.<String, Object>of(
                "@type", "Question", "name", entry.question(),
                "acceptedAnswer", Map.of("@type", "Answer", "text", plain(entry.answerHtml())))).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "FAQPage");
        data.put("mainEntity", questions);
        return data;
    }

    /** The answer's words without tags or citation numbers. */
    private static String plain(String html) {
        String withoutCitations = html.replaceAll("<sup class=\"cite\">.*?</sup>", "");
        return HtmlUtils.htmlUnescape(withoutCitations.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
    }

    /** JSON that cannot close its script element or open markup: angle brackets and ampersands as escapes. */
    static String json(Object data) {
        return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
