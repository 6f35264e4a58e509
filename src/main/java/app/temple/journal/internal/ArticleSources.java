package app.temple.journal.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentYaml;
import app.temple.journal.internal.ArticleDocument.Citation;
import app.temple.journal.internal.ArticleDocument.Faq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an article's source (YAML front matter and Markdown) into an {@link ArticleDocument}, or says what is wrong. */
public final class ArticleSources {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern CITATION = Pattern.compile("\\[@([A-Za-z0-9_.:-]+)]");
    /** Paths under /journal that are pages, not articles. */
    static final Set<String> RESERVED = Set.of("search", "tags", "authors", "feed", "sv", "en");

    private ArticleSources() {
    }

    /** Parses what an editor typed; the problem, if any, is in the exception's message. */
    public static ArticleDocument parse(String source) {
        return parse(new ContentFile("journal/editor.md", source, ""));
    }

    public static ArticleDocument parse(ContentFile file) {
        ContentYaml.FrontMatter front = ContentYaml.frontMatter(file);
        Map<String, Object> data = front.data();
        try {
            String slug = required(data, "slug");
            if (!SLUG.matcher(slug).matches() || RESERVED.contains(slug)) {
                throw new IllegalArgumentException("slug must be lowercase words joined by hyphens, and not one of " + RESERVED);
            }
            String language = text(data, "language", "en");
            if (!language.equals("en") && !language.equals("sv")) {
                throw new IllegalArgumentException("language must be en or sv");
            }
            ArticleDocument document = new ArticleDocument(required(data, "title"), slug, language,
                    text(data, "translation-of", null), text(data, "author", "temple-editorial"), list(data, "tags"),
                    required(data, "summary"), date(data, "published"), reviewer(data),
                    date(data, "reviewed-on"), flag(data, "trauma-related"), text(data, "quiz", null), text(data, "lesson", null),
                    text(data, "lesson-title", null), citations(data), faq(data), front.body());
            if ((document.reviewer() == null) != (document.reviewedOn() == null)) {
                throw new IllegalArgumentException("reviewer and reviewed-on go together: name the reviewer and the day she read it, or neither");
            }
            checkCitedKeysExist(document);
            return document;
        } catch (IllegalArgumentException | ClassCastException e) {
            throw file.malformed(1, e.getMessage());
        }
    }

    private static void checkCitedKeysExist(ArticleDocument document) {
        Set<String> known = new LinkedHashSet<>();
        document.citations().forEach(citation -> known.add(citation.key()));
        List<String> texts = new ArrayList<>(List.of(document.body()));
        document.faq().forEach(faq -> texts.add(faq.answer()));
        for (String text : texts) {
            Matcher matcher = CITATION.matcher(text);
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    throw new IllegalArgumentException("the text cites [@" + matcher.group(1) + "] but citations has no such key");
                }
            }
        }
    }

    /**
     * A reviewer's id from reviewers.yaml. The old free-text {@code reviewed-by} is not read: it let the editors name
     * themselves, and the editors' own reading is not a review.
     */
    private static String reviewer(Map<String, Object> data) {
        String id = text(data, "reviewer", null);
        if (id != null && !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("reviewer must be an id from reviewers.yaml, lowercase words joined by hyphens");
        }
        return id;
    }

    private static boolean flag(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value != null && !(value instanceof Boolean)) {
            throw new IllegalArgumentException(key + " must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    private static List<Citation> citations(Map<String, Object> data) {
        List<Citation> citations = new ArrayList<>();
        for (Map<String, Object> entry : maps(data, "citations")) {
            String url = text(entry, "url", null);
            if (url != null && !url.matches("https?://\\S+")) {
                throw new IllegalArgumentException("a citation's url must start with https:// or http://");
            }
            citations.add(new Citation(required(entry, "key"), required(entry, "text"), url));
        }
        return List.copyOf(citations);
    }

    private static List<Faq> faq(Map<String, Object> data) {
        return maps(data, "faq").stream().map(entry -> new Faq(required(entry, "q"), required(entry, "a"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalArgumentException(key + " must be a list of entries");
        }
        return (List<Map<String, Object>>) list;
    }

    private static List<String> list(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list like [One, Two]");
        }
        return list.stream().map(item -> String.valueOf(item).trim()).filter(item -> !item.isEmpty()).toList();
    }

    private static LocalDate date(Map<String, Object> data, String key) {
        try {
            return ContentYaml.date(data.get(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }

    private static String required(Map<String, Object> data, String key) {
        String value = text(data, key, null);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value;
    }

    private static String text(Map<String, Object> data, String key, String fallback) {
        Object value = data.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        return value.toString().trim();
    }
}
