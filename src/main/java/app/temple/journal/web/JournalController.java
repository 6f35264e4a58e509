package app.temple.journal.web;

import app.temple.account.CurrentMember;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.journal.internal.Author;
import app.temple.journal.internal.Authors;
import app.temple.journal.internal.JournalEpoch;
import app.temple.journal.internal.JournalSearch;
import app.temple.journal.internal.RenderedRevisions;
import app.temple.journal.internal.RenderedRevisions.Rendering;
import app.temple.journal.internal.Tags;
import app.temple.journal.web.Views.Card;
import app.temple.journal.web.Views.Hit;
import app.temple.journal.web.Views.Listing;
import app.temple.site.SharedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Reading the Journal: the index, tags, authors, search and the articles themselves. */
@Controller
class JournalController {

    static final int PAGE_SIZE = 8;

    private final Articles articles;
    private final Authors authors;
    private final JournalSearch search;
    private final RenderedRevisions rendered;
    private final ArticlePages articlePages;
    private final Tags tags;
    private final JournalEpoch epoch;

    JournalController(Articles articles, Authors authors, JournalSearch search, RenderedRevisions rendered,
                      ArticlePages articlePages, Tags tags, JournalEpoch epoch) {
        this.articles = articles;
        this.authors = authors;
        this.search = search;
        this.rendered = rendered;
        this.articlePages = articlePages;
        this.tags = tags;
        this.epoch = epoch;
    }

    @GetMapping("/journal")
    String index(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("listing", listing(locale, null, null, page, "/journal", null, null, true));
        SharedPage.share(request, epoch.epoch());
        return "journal/index";
    }

    @GetMapping("/journal/tags/{tag}")
    String tag(@PathVariable String tag, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        String name = tags.name(tag).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("listing", listing(locale, tag, null, page, "/journal/tags/" + tag, name, null, true));
        SharedPage.share(request, epoch.epoch());
        return "journal/index";
    }

    @GetMapping("/journal/authors/{id}")
    String author(@PathVariable String id, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Author author = authors.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("listing", listing(locale, null, id, page, "/journal/authors/" + id, author.name(locale),
                author.bio(locale), false));
        model.addAttribute("author", author);
        SharedPage.share(request, epoch.epoch());
        return "journal/index";
    }

    /** Works without JavaScript; with htmx the results alone come back to replace the old ones. */
    @GetMapping("/journal/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  HttpServletRequest request, Model model) {
        List<Hit> hits = inReadersLanguage(search.search(q, 20), RequestContextUtils.getLocale(request).getLanguage());
        model.addAttribute("q", q);
        model.addAttribute("hits", hits);
        return htmx != null ? "journal/search-results" : "journal/search";
    }

    @GetMapping("/journal/{slug}")
    String english(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        return article(slug, "en", request, response, model);
    }

    @GetMapping("/journal/sv/{slug}")
    String swedish(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        return article(slug, "sv", request, response, model);
    }

    private String article(String slug, String language, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<ArticleRow> found = articles.shown(slug, language).filter(ArticleRow::isPublished);
        if (found.isEmpty()) {
            ArticleRow moved = articles.renamedFrom(slug, language).filter(ArticleRow::isPublished)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader("Location", moved.path());
            return null;
        }
        ArticleRow article = found.get();
        Locale locale = RequestContextUtils.getLocale(request);
        boolean signedIn = CurrentMember.id().isPresent();
        Instant lastChange = articles.lastPublicChange();
        Instant modified = lastChange.isAfter(article.changedAt()) ? lastChange : article.changedAt();
        // the page depends on the revision, the interface language, the header's sign-in state and the related list
        // a member's page is weak: the container compresses a response only without a strong tag (the bytes on the
        // wire differ); a visitor's is kept as a shared page, which compresses itself under a tag of its own
        String etag = (signedIn ? "W/\"" : "\"") + article.currentRevision() + "-" + locale.getLanguage() + "-" + (signedIn ? "m" : "v") + "-"
                + lastChange.toEpochMilli() + "\"";
        response.setHeader("Cache-Control", "private, no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag, modified.toEpochMilli())) {
            return null;
        }
        Rendering rendering = rendered.of(article.currentRevision());
        model.addAttribute("article", articlePages.view(article, rendering, lastChange));
        SharedPage.share(request, epoch.epoch());
        return "journal/article";
    }

    /**
     * One hit per work. A match in an original leads a reader of another language to her own language's version where
     * the work has one, shown with that version's excerpt: a Swedish page links to Swedish pages wherever they exist.
     */
    private List<Hit> inReadersLanguage(List<JournalSearch.Hit> found, String language) {
        Map<String, Hit> byWork = new LinkedHashMap<>();
        for (JournalSearch.Hit hit : found) {
            ArticleRow article = hit.article();
            if (byWork.containsKey(article.work())) {
                continue;
            }
            // an original found for a reader of another language leads to her translation; a translation she found by
            // searching in its words (Swedish words on an English page) is what she asked for
            Optional<ArticleRow> own = article.language().equals(language) || article.translationOf() != null ? Optional.empty()
                    : articles.translations(article).stream().filter(other -> other.language().equals(language)).findFirst();
            byWork.put(article.work(), own.map(Card::of).map(card -> new Hit(card, HtmlUtils.htmlEscape(card.excerpt())))
                    .orElseGet(() -> new Hit(Card.of(article), hit.snippetHtml())));
        }
        return List.copyOf(byWork.values());
    }

    /** One page of cards; {@code withTags} adds the tag filter, which an author's page does not show. */
    private Listing listing(Locale locale, String tag, String author, int page, String basePath, String heading, String lead,
                            boolean withTags) {
        int total = articles.countPublished(locale.getLanguage(), tag, author);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(1, page), pages);
        List<Card> cards = articles.published(locale.getLanguage(), tag, author, PAGE_SIZE, (number - 1) * PAGE_SIZE)
                .stream().map(Card::of).toList();
        List<Views.TagLink> allTags = withTags
                ? tags.in(locale.getLanguage()).stream().map(t -> new Views.TagLink(t.name(), t.slug())).toList() : List.of();
        return new Listing(heading, lead, cards, number, pages, basePath, allTags, tag);
    }
}
