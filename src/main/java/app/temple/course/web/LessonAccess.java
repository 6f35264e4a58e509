package app.temple.course.web;

import app.temple.account.CurrentMember;
import app.temple.billing.AccessGrants;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one rule for who may open a lesson, used by its page, its recording and everything she does with it: a free
 * preview is open to everyone; any other lesson to a member who holds an access grant for its course.
 */
@Component
class LessonAccess {

    private final Courses courses;
    private final AccessGrants grants;

    LessonAccess(Courses courses, AccessGrants grants) {
        this.courses = courses;
        this.grants = grants;
    }

    /** Whether the member signed in on this request holds a grant for the course. */
    boolean granted(String course) {
        return CurrentMember.id().map(member -> grants.holds(member, course)).orElse(false);
    }

    /** The lesson (in English, its own language), if she may open it; one she may not is not found, like one that is not. */
    Lesson openable(String course, String lesson) {
        return courses.lesson(course, lesson, "en").filter(found -> found.freePreview() || granted(course))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
