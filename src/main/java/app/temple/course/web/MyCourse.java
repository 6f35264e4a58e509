package app.temple.course.web;

import app.temple.course.internal.Lesson;

import java.util.List;
import java.util.Set;

/**
 * Her own place in a course: which lessons she marked done, how far each module is, and where to continue.
 *
 * @param continueAt the lesson she opened last, or null before she opened any
 */
public record MyCourse(Set<String> done, int doneCount, int lessonCount, Lesson continueAt, List<Lesson> savedForLater) {

    static MyCourse of(List<Lesson> lessons, Set<String> done, String lastOpened, List<String> saved) {
        int count = (int) lessons.stream().filter(lesson -> done.contains(lesson.id())).count();
        Lesson continueAt = lessons.stream().filter(lesson -> lesson.id().equals(lastOpened)).findFirst().orElse(null);
        return new MyCourse(done, count, lessons.size(), continueAt,
                lessons.stream().filter(lesson -> saved.contains(lesson.id())).toList());
    }

    public boolean isDone(Lesson lesson) {
        return done.contains(lesson.id());
    }

    public int doneIn(List<Lesson> lessons) {
        return (int) lessons.stream().filter(this::isDone).count();
    }
}
