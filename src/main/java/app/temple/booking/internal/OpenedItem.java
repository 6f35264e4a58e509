package app.temple.booking.internal;

import app.temple.course.MyReflections;
import app.temple.quiz.SavedResults;

/** An item she shared for a session, opened for her practitioner (the opening is in her access log). */
public sealed interface OpenedItem {

    record QuizResult(SavedResults.Opened result) implements OpenedItem {
    }

    record Reflection(MyReflections.Opened reflection) implements OpenedItem {
    }
}
