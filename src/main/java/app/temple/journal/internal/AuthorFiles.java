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

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
