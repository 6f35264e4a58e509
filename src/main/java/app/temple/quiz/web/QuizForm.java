package app.temple.quiz.web;

/**
 * What a quiz screen posts: the answers so far (hidden fields), which screen it was, the choice made on it,
 * and whether she went forward or back.
 */
public record QuizForm(String answers, String relationship, String safety, Integer step, String choice, String nav,
                       String consent, String invite) {

    boolean back() {
        return "back".equals(nav);
    }

    boolean chose() {
        return choice != null && !choice.isBlank();
    }
}
