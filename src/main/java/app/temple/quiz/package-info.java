/**
 * Quizzes: definitions loaded as data, stateless scoring that leaves no trace for a visitor, results a member
 * chooses to keep (encrypted), and partner comparisons that appear only when both partners agree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quizzes")
package app.temple.quiz;
