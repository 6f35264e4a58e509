package app.temple.journal.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.ContentYaml;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Map;

/**
 * The people behind the Journal: {@code content/journal/authors.yaml} (each author's id, name and bio in English and
 * Swedish) and {@code reviewers.yaml} (each reviewer's id, name, credentials in both languages, and whether she is a
 * trauma-informed clinician). Loaded before the articles, which name both by id.
 */
@Component
@Order(10)
class AuthorFiles implements ContentKind {

    private static final String AUTHORS = "authors.yaml";
    private static final String REVIEWERS = "reviewers.yaml";

    private final Authors authors;
    private final Reviewers reviewers;

    AuthorFiles(Authors authors, Reviewers reviewers) {
        this.authors = authors;
        this.reviewers = reviewers;
    }

    @Override
    public String folder() {
        return "journal";
    }

    @Override
    public boolean accepts(Path relativePath) {
        return relativePath.toString().equals(AUTHORS) || relativePath.toString().equals(REVIEWERS);
    }

    @Override
    public void load(ContentFile file) {
        if (file.path().endsWith(REVIEWERS)) {
            loadReviewers(file);
        } else {
            loadAuthors(file);
        }
    }

    private void loadAuthors(ContentFile file) {
        for (Map.Entry<String, Object> entry : ContentYaml.parse(file).entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> fields) || !(fields.get("bio") instanceof Map<?, ?> bio)
                    || bio.get("en") == null || bio.get("sv") == null) {
                throw file.malformed(0, "author " + entry.getKey() + " needs a name and a bio with en and sv");
            }
            Object name = fields.get("name");
            String english;
            String swedish = null;
            if (name instanceof Map<?, ?> names) {
                // a name that reads differently in Swedish: name: { en: Temple editorial team, sv: Temples redaktion }
                if (blank(names.get("en")) || blank(names.get("sv"))) {
                    throw file.malformed(0, "author " + entry.getKey() + ": a name given per language needs both en and sv");
                }
                english = names.get("en").toString().trim();
                swedish = names.get("sv").toString().trim();
            } else if (!blank(name)) {
                english = name.toString().trim();
            } else {
                throw file.malformed(0, "author " + entry.getKey() + " needs a name and a bio with en and sv");
            }
            authors.save(new Author(entry.getKey(), english, swedish, bio.get("en").toString().trim(), bio.get("sv").toString().trim()));
        }
    }

    private void loadReviewers(ContentFile file) {
        for (Map.Entry<String, Object> entry : ContentYaml.parse(file).entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> fields) || !(fields.get("credentials") instanceof Map<?, ?> credentials)
                    || blank(fields.get("name")) || blank(credentials.get("en")) || blank(credentials.get("sv"))) {
                throw file.malformed(0, "reviewer " + entry.getKey() + " needs a name and credentials with en and sv");
            }
            Object traumaInformed = fields.get("trauma-informed");
            if (traumaInformed != null && !(traumaInformed instanceof Boolean)) {
                throw file.malformed(0, "reviewer " + entry.getKey() + ": trauma-informed must be true or false");
            }
            reviewers.save(new Reviewer(entry.getKey(), fields.get("name").toString().trim(), credentials.get("en").toString().trim(),
                    credentials.get("sv").toString().trim(), Boolean.TRUE.equals(traumaInformed)));
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
