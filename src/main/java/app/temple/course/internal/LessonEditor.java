package app.temple.course.internal;

import app.temple.content.ContentFile;
import app.temple.content.DocumentKey;
import app.temple.content.MalformedContentException;
import app.temple.content.Revision;
import app.temple.content.RevisionOrigin;
import app.temple.content.Revisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an editor does with a lesson: read its whole source (front matter and text), save a new one, restore an
 * earlier one. A source is read exactly as its content file would be, so what the editor accepts a start would
 * accept too; saving renders it into the lesson at once.
 */
@Service
public class LessonEditor {

    private final Courses courses;
    private final Revisions revisions;

    LessonEditor(Courses courses, Revisions revisions) {
        this.courses = courses;
        this.revisions = revisions;
    }

    static final String KIND = "lesson";

    /** A lesson's place in the revision store, e.g. {@code foundation/f1-1/en}. */
    static DocumentKey document(String course, String id, String language) {
        return new DocumentKey(KIND, course + "/" + id + "/" + language);
    }

    public static DocumentKey document(Lesson lesson) {
        return document(lesson.course(), lesson.id(), lesson.language());
    }

    /**
     * Reads a source for this lesson as its file would be read: its id, language and course must be this lesson's.
     *
     * @throws MalformedContentException with the line and reason when it cannot be read (its path is the file this
     *                                   lesson would have, which her page does not need to show)
     */
    public static Lesson read(String course, String id, String language, String source) {
        String path = "courses/" + course + "/" + id + ("sv".equals(language) ? ".sv.md" : ".md");
        return CourseFiles.lesson(new ContentFile(path, source.replace("\r\n", "\n"), ""), course);
    }

    /** The source as last saved; empty for a lesson that does not exist. */
    public Optional<Revision> current(Lesson lesson) {
        return revisions.current(document(lesson));
    }

    /** Newest first. */
    public List<Revision> revisions(Lesson lesson) {
        return revisions.list(document(lesson));
    }

    /** One of this lesson's revisions. */
    public Optional<Revision> revision(Lesson lesson, UUID id) {
        return revisions.find(document(lesson), id);
    }

    /** When each lesson last changed, by its {@link #document(Lesson) document key}. */
    public Map<String, Instant> lastChanges() {
        return revisions.lastChanged(KIND);
    }

    /**
     * Saves her source as the lesson's newest revision and renders it into the lesson, which visitors see as soon as
     * this commits. An unchanged source adds no revision.
     *
     * @throws MalformedContentException when the source cannot be read; nothing is saved then
     */
    @Transactional
    public Lesson save(Lesson existing, String source) {
        String text = source.replace("\r\n", "\n");
        Lesson lesson = read(existing.course(), existing.id(), existing.language(), text);
        boolean changed = current(existing).map(revision -> !revision.source().equals(text)).orElse(true);
        if (changed) {
            revisions.add(document(existing), text, RevisionOrigin.EDITOR);
        }
        courses.save(lesson);
        return lesson;
    }

    /**
     * Makes an earlier revision's source the lesson's again, as a new revision.
     *
     * @return empty when the revision is not one of this lesson's
     */
    @Transactional
    public Optional<Lesson> restore(Lesson existing, UUID revisionId) {
        return revisions.restore(document(existing), revisionId).map(restored -> {
            Lesson lesson = read(existing.course(), existing.id(), existing.language(), restored.source());
            courses.save(lesson);
            return lesson;
        });
    }
}
