package app.temple.journal.internal;

import app.temple.content.Markdown;
import app.temple.content.ContentFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles under {@code content/journal/} as written, without starting the app: every cited key has a reference,
 * every reference is cited, each Swedish version carries its original's references and links to Swedish pages.
 */
class JournalContentFilesTest {

    private static final Pattern JOURNAL_LINK = Pattern.compile("\\]\\(/journal/([a-z0-9-]+)\\)");
    private static final Pattern SWEDISH_LINK = Pattern.compile("\\]\\(/journal/sv/([a-z0-9-]+)\\)");

    private static final Map<String, ArticleDocument> ENGLISH = new TreeMap<>();
    private static final Map<String, ArticleDocument> SWEDISH = new TreeMap<>();

    @BeforeAll
    static void readTheFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/journal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList()) {
                ArticleDocument article = ArticleSources.parse(new ContentFile("journal/" + file.getFileName(), Files.readString(file), ""));
                (article.language().equals("sv") ? SWEDISH : ENGLISH).put(article.slug(), article);
            }
        }
    }

    @Test
    void everyEnglishArticleHasASwedishVersionUnderTheSameSlug() {
        assertThat(ENGLISH).hasSize(10);
        assertThat(SWEDISH.keySet()).isEqualTo(ENGLISH.keySet());
        SWEDISH.forEach((slug, article) -> assertThat(article.translationOf()).as(slug).isEqualTo(slug));
    }

    @Test
    void everyCitedKeyHasAReferenceAndEveryReferenceIsCited() {
        for (ArticleDocument article : all()) {
            Set<String> defined = new LinkedHashSet<>();
            article.citations().forEach(citation -> defined.add(citation.key()));
            assertThat(cited(article)).as(article.language() + "/" + article.slug() + ": cited keys").isEqualTo(defined);
        }
    }

    @Test
    void aSwedishVersionKeepsItsOriginalsReferencesAndCitesThemAll() {
        SWEDISH.forEach((slug, swedish) -> {
            ArticleDocument english = ENGLISH.get(slug);
            assertThat(swedish.citations()).as(slug + ": the same reference list").isEqualTo(english.citations());
            assertThat(cited(swedish)).as(slug + ": the same claims cited").isEqualTo(cited(english));
        });
    }

    @Test
    void swedishArticlesLinkToSwedishArticlesThatExist() {
        SWEDISH.forEach((slug, article) -> {
            String text = article.body() + article.faq();
            assertThat(matches(JOURNAL_LINK, text)).as(slug + ": links to English articles").isEmpty();
            assertThat(SWEDISH.keySet()).as(slug + ": links to Swedish articles").containsAll(matches(SWEDISH_LINK, text));
        });
    }

    @Test
    void swedishTagsAreTranslatedAndMakeAddresses() {
        SWEDISH.forEach((slug, article) -> {
            assertThat(article.tags()).as(slug).hasSameSizeAs(ENGLISH.get(slug).tags());
            for (String tag : article.tags()) {
                assertThat(Markdown.slug(tag)).as(tag).matches("[a-z0-9]+(-[a-z0-9]+)*");
            }
        });
        Set<String> englishTags = new LinkedHashSet<>();
        ENGLISH.values().forEach(article -> englishTags.addAll(article.tags()));
        Set<String> swedishTags = new LinkedHashSet<>();
        SWEDISH.values().forEach(article -> swedishTags.addAll(article.tags()));
        // a tag shared with English would put English words on a Swedish page
        assertThat(swedishTags).filteredOn(englishTags::contains).isEmpty();
    }

    @Test
    void everyArticleNamesItsReviewerFieldAndOnlyTheTraumaRelatedOnesWaitForATraumaInformedRead() throws IOException {
        Set<String> trauma = Set.of("what-are-intimacy-issues", "body-keeps-small-moments", "cycle-of-avoidance");
        Map<String, Object> reviewers = yaml("content/journal/reviewers.yaml");
        try (Stream<Path> files = Files.list(Path.of("content/journal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).toList()) {
                assertThat(Files.readString(file)).as(file + ": says who reviewed it, or that no one has yet").containsPattern("(?m)^reviewer:");
            }
        }
        for (ArticleDocument article : all()) {
            String name = article.language() + "/" + article.slug();
            assertThat(article.traumaRelated()).as(name + ": trauma-related").isEqualTo(trauma.contains(article.slug()));
            if (article.reviewer() != null) {
                assertThat(reviewers).as(name + ": its reviewer is on the list").containsKey(article.reviewer());
            }
        }
    }

    @Test
    void everyAuthorIsListedAndTheFounderHasHerPage() throws IOException {
        Map<String, Object> authors = yaml("content/journal/authors.yaml");
        all().forEach(article -> assertThat(authors).as(article.slug()).containsKey(article.author()));
        assertThat(authors).containsKeys("andrea-leijon", "temple-editorial");
        assertThat(authors.get("temple-editorial").toString()).contains("Temples redaktion");
        assertThat(authors.get("andrea-leijon").toString()).contains("Andrea Leijon founded Temple", "Andrea Leijon grundade Temple");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String path) throws IOException {
        return (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of(path)));
    }

    private static List<ArticleDocument> all() {
        List<ArticleDocument> all = new ArrayList<>(ENGLISH.values());
        all.addAll(SWEDISH.values());
        return all;
    }

    private static Set<String> cited(ArticleDocument article) {
        List<String> texts = new ArrayList<>(List.of(article.body()));
        article.faq().forEach(faq -> texts.add(faq.answer()));
        return matches(ArticleSources.CITATION, String.join("\n", texts));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
