package app.temple.journal.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.ContentYaml;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code content/journal/reviewers.yaml}: each reviewer's id, name, credentials in English and Swedish, and whether
 * she is a trauma-informed clinician. Loaded before the articles, which name reviewers by id.
 */
@Component
@Order(10)
class ReviewerFiles implements ContentKind {

    private final Reviewers reviewers;

    ReviewerFiles(Reviewers reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public String folder() {
        return "journal";
    }

    @Override
    public boolean accepts(Path relativePath) {
        return relativePath.toString().equals("reviewers.yaml");
    }

    @Override
    public void load(ContentFile file) {
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
