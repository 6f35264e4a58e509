package app.temple.course.internal;

import app.temple.content.ContentFile;
import app.temple.content.MalformedContentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A course file that cannot be understood stops the start with its name and line, before anything is stored. */
class CourseFilesTest {

    private final CourseFiles files = new CourseFiles(null, null);

    @Test
    void aLessonWithoutItsFormatNamesTheFile() {
        ContentFile file = new ContentFile("courses/foundation/f1-1.md",
                "---\nid: f1-1\ntitle: A\nlanguage: en\nmodule: 1\norder: 1\nformat: podcast\nminutes: 5\n---\nText\n", "h");

        assertThatThrownBy(() -> files.load(file)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("courses/foundation/f1-1.md").hasMessageContaining("format must be text, audio or video");
    }

    @Test
    void brokenYamlNamesTheFileAndLine() {
        ContentFile file = new ContentFile("courses/foundation/f1-1.md", "---\nid: f1-1\ntitle: : wrong\n---\nText\n", "h");

        assertThatThrownBy(() -> files.load(file)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("courses/foundation/f1-1.md line 3");
    }

    @Test
    void anIdThatDiffersFromTheFileNameIsRefused() {
        ContentFile file = new ContentFile("courses/foundation/f1-2.md",
                "---\nid: f1-1\ntitle: A\nlanguage: en\nmodule: 1\norder: 1\nformat: text\nminutes: 5\n---\nText\n", "h");

        assertThatThrownBy(() -> files.load(file)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("match the file name");
    }

    @Test
    void aCourseWhoseSlugDiffersFromItsFolderIsRefused() {
        ContentFile file = new ContentFile("courses/foundation/course.yaml", "slug: other\n", "h");

        assertThatThrownBy(() -> files.load(file)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("differs from its folder");
    }
}
