package app.temple.journal.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.ContentYaml;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Map;

/** {@code content/journal/authors.yaml}: each author's id, name and bio in English and Swedish. */
@Component
@Order(10)
class AuthorFiles implements ContentKind {

    private final Authors authors;

    AuthorFiles(Authors authors) {
        this.authors = authors;
    }

    @Override
    public String folder() {
        return "journal";
    }

    @Override
    public boolean accepts(Path relativePath) {
        return relativePath.toString().equals("authors.yaml");
    }

    @Override
    public void load(ContentFile file) {
        for (Map.Entry<String, Object> entry : ContentYaml.parse(file).entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> fields) || !(fields.get("bio") instanceof Map<?, ?> bio)
                    || fields.get("name") == null || bio.get("en") == null || bio.get("sv") == null) {
                throw file.malformed(0, "author " + entry.getKey() + " needs a name and a bio with en and sv");
            }
            authors.save(new Author(entry.getKey(), fields.get("name").toString().trim(), bio.get("en").toString().trim(),
                    bio.get("sv").toString().trim()));
        }
    }
}
