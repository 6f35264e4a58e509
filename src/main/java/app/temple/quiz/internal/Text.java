package app.temple.quiz.internal;

/** A sentence in English and Swedish; Swedish readers get the Swedish text. */
public record Text(String en, String sv) {

    public String in(String language) {
        return "sv".equals(language) ? sv : en;
    }
}
