package app.temple.course.internal;

import java.util.List;

/**
 * One lesson in one language, as loaded from its file. Its text is already Markdown rendered to sanitized HTML.
 *
 * @param id          its number in the brief with the dot as a hyphen, e.g. {@code f1-1}; its address is
 *                    {@code /courses/<course>/<id>}
 * @param contentNote what in it may be activating, or null
 * @param lessons     other lessons it points to, as {@code course/id}
 */
public record Lesson(String course, String id, String language, String title, int module, int position,
                     LessonFormat format, int minutes, boolean freePreview, String contentNote, String practiceTitle,
                     String practiceHtml, String reflection, List<String> quizzes, List<String> articles,
                     List<String> lessons, List<Citation> citations, String bodyHtml) {

    public String path() {
        return "/courses/" + course + "/" + id;
    }

    /** The opening paragraph: what a reader without access is shown of what the lesson is about. */
    public String openingHtml() {
        int start = bodyHtml.indexOf("<p>");
        int end = start < 0 ? -1 : bodyHtml.indexOf("</p>", start);
        return end < 0 ? "" : bodyHtml.substring(start, end + "</p>".length());
    }
}
