package app.temple.course.web;

import app.temple.account.CurrentMember;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.LessonMedia;
import app.temple.course.internal.Progress;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/**
 * A lesson's recording and captions, to whoever may open the lesson, with HTTP range requests (Spring answers a
 * {@code Range} header on a {@link Resource} with 206 and exactly those bytes), so that seeking works; and where she
 * stopped playing, saved as she plays.
 */
@Controller
class LessonMediaController {

    private static final MediaType VTT = MediaType.parseMediaType("text/vtt;charset=UTF-8");

    private final LessonMedia media;
    private final Progress progress;
    private final LessonAccess access;

    LessonMediaController(LessonMedia media, Progress progress, LessonAccess access) {
        this.media = media;
        this.progress = progress;
        this.access = access;
    }

    @GetMapping(CourseController.INDEX + "/{course}/{lesson}/recording")
    ResponseEntity<Resource> recording(@PathVariable String course, @PathVariable String lesson) {
        LessonMedia.Recording recording = media.recording(openable(course, lesson))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(recording.type()))
                .cacheControl(CacheControl.noStore()).body(new FileSystemResource(recording.file()));
    }

    @GetMapping(CourseController.INDEX + "/{course}/{lesson}/captions")
    ResponseEntity<Resource> captions(@PathVariable String course, @PathVariable String lesson) {
        return media.captions(openable(course, lesson))
                .map(file -> ResponseEntity.ok().contentType(VTT).cacheControl(CacheControl.noStore())
                        .body((Resource) new FileSystemResource(file)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Sent by the page's script as she plays (and as she leaves): whole seconds; nothing to answer. */
    @PostMapping(CourseController.INDEX + "/{course}/{lesson}/position")
    ResponseEntity<Void> position(@PathVariable String course, @PathVariable String lesson, @RequestParam int seconds) {
        UUID member = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (seconds < 0 || seconds > 24 * 60 * 60) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a position is a number of seconds within a day");
        }
        progress.playedTo(member, course, openable(course, lesson).id(), seconds);
        return ResponseEntity.noContent().build();
    }

    private Lesson openable(String course, String lesson) {
        return access.openable(course, lesson);
    }
}
