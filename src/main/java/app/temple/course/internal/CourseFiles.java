package app.temple.course.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.ContentYaml;
import app.temple.content.Markdown;
import app.temple.content.RevisionOrigin;
import app.temple.content.Revisions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The courses under {@code content/courses/<course>/}: {@code course.yaml} and one Markdown file a lesson and
 * language ({@code f1-1.md}, {@code f1-1.sv.md}). A file that cannot be understood stops the start with its name and
 * line, before anything of it is stored. Each lesson's text is kept as a revision, which the lesson editor continues.
 */
@Component
@Order(30)
class CourseFiles implements ContentKind {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final Pattern LESSON_ID = Pattern.compile("[a-z][0-9]+-[0-9]+");
    private static final Set<String> LANGUAGES = Set.of("en", "sv");

    private final Courses courses;
    private final Revisions revisions;

    CourseFiles(Courses courses, Revisions revisions) {
        this.courses = courses;
        this.revisions = revisions;
    }

    @Override
    public String folder() {
        return "courses";
    }

    @Override
    public boolean accepts(Path relativePath) {
        String name = relativePath.getFileName().toString();
        return relativePath.getNameCount() == 2 && (name.equals("course.yaml") || name.endsWith(".md"));
    }

    @Override
    public void load(ContentFile file) {
        String course = file.path().split("/")[1];
        if (!SLUG.matcher(course).matches()) {
            throw file.malformed(0, "the course folder must be a lower-case slug, not '" + course + "'");
        }
        if (file.path().endsWith("/course.yaml")) {
            courses.save(course(file, course));
        } else {
            Lesson lesson = lesson(file, course);
            // the loader hands over only new or changed files, so an editor's newer revision stands until the file
            // itself changes; then the file's text becomes the newest revision, and hers stays in the history
            revisions.add(LessonEditor.document(lesson), file.text().replace("\r\n", "\n"), RevisionOrigin.FILE);
            courses.save(lesson);
        }
    }

    static Course course(ContentFile file, String folder) {
        Map<String, Object> yaml = ContentYaml.parse(file);
        String slug = text(file, yaml, "slug");
        if (!slug.equals(folder)) {
            throw file.malformed(1, "slug '" + slug + "' differs from its folder '" + folder + "'");
        }
        Map<String, Object> title = map(file, yaml, "title");
        Map<String, Object> summary = map(file, yaml, "summary");
        List<Course.CourseModule> modules = new ArrayList<>();
        for (Object entry : list(file, yaml, "modules")) {
            if (!(entry instanceof Map<?, ?> module) || !(module.get("number") instanceof Integer number)
                    || !(module.get("title") instanceof Map<?, ?> names)) {
                throw file.malformed(0, "each module needs a number and a title with en and sv");
            }
            modules.add(new Course.CourseModule(number, required(file, names, "en"), required(file, names, "sv")));
        }
        if (!(yaml.get("minutes") instanceof Integer minutes) || minutes <= 0) {
            throw file.malformed(0, "minutes must be a positive whole number");
        }
        return new Course(slug, required(file, title, "en"), required(file, title, "sv"), required(file, summary, "en"),
                required(file, summary, "sv"), yaml.get("recommended-quiz") instanceof String quiz ? quiz : null, minutes,
                modules);
    }

    /** Reads a lesson's whole source as the file at {@code file.path()} would be read; the editor reads hers the same way. */
    static Lesson lesson(ContentFile file, String course) {
        ContentYaml.FrontMatter document = ContentYaml.frontMatter(file);
        Map<String, Object> yaml = document.data();
        String id = text(file, yaml, "id");
        String expectedName = file.path().endsWith(".sv.md") ? id + ".sv.md" : id + ".md";
        if (!LESSON_ID.matcher(id).matches() || !file.path().endsWith("/" + expectedName)) {
            throw file.malformed(1, "id '" + id + "' must look like f1-1 and match the file name");
        }
        String language = text(file, yaml, "language");
        if (!LANGUAGES.contains(language) || file.path().endsWith(".sv.md") != language.equals("sv")) {
            throw file.malformed(1, "language must be en, or sv in a .sv.md file");
        }
        LessonFormat format;
        try {
            format = LessonFormat.of(text(file, yaml, "format"));
        } catch (IllegalArgumentException e) {
            throw file.malformed(1, "format must be text, audio or video");
        }
        Map<String, Object> practice = yaml.get("practice") instanceof Map<?, ?> given ? cast(given) : Map.of();
        return new Lesson(course, id, language, text(file, yaml, "title"), number(file, yaml, "module"),
                number(file, yaml, "order"), format, number(file, yaml, "minutes"),
                Boolean.TRUE.equals(yaml.get("free-preview")), optional(yaml, "content-note"),
                practice.get("title") instanceof String title ? title : null,
                practice.get("steps") instanceof String steps ? Markdown.html(steps) : null,
                optional(yaml, "reflection"), strings(file, yaml, "quizzes"), strings(file, yaml, "articles"),
                strings(file, yaml, "lessons"), citations(file, yaml), Markdown.html(document.body()));
    }

    private static List<Citation> citations(ContentFile file, Map<String, Object> yaml) {
        List<Citation> citations = new ArrayList<>();
        for (Object entry : yaml.get("citations") instanceof List<?> list ? list : List.of()) {
            if (!(entry instanceof Map<?, ?> citation) || !(citation.get("key") instanceof String key)
                    || !(citation.get("text") instanceof String text)) {
                throw file.malformed(0, "each citation needs a key and a text");
            }
            citations.add(new Citation(key, text));
        }
        return citations;
    }

    private static String text(ContentFile file, Map<String, Object> yaml, String key) {
        if (!(yaml.get(key) instanceof String value) || value.isBlank()) {
            throw file.malformed(1, key + " is missing");
        }
        return value.trim();
    }

    private static String optional(Map<String, Object> yaml, String key) {
        return yaml.get(key) instanceof String value && !value.isBlank() ? value.trim() : null;
    }

    private static int number(ContentFile file, Map<String, Object> yaml, String key) {
        if (!(yaml.get(key) instanceof Integer value) || value <= 0) {
            throw file.malformed(1, key + " must be a positive whole number");
        }
        return value;
    }

    private static List<String> strings(ContentFile file, Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw file.malformed(1, key + " must be a list of names");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static Map<String, Object> map(ContentFile file, Map<String, Object> yaml, String key) {
        if (!(yaml.get(key) instanceof Map<?, ?> map)) {
            throw file.malformed(1, key + " needs en and sv");
        }
        return cast(map);
    }

    private static List<?> list(ContentFile file, Map<String, Object> yaml, String key) {
        if (!(yaml.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw file.malformed(1, key + " must be a list");
        }
        return list;
    }

    private static String required(ContentFile file, Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof String value) || value.isBlank()) {
            throw file.malformed(1, "the " + key + " text is missing");
        }
        return value.trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
