package app.temple.quiz.web;

import app.temple.account.AccessRules;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Taking a quiz is open to everyone, and so are its result page (drawn from her own browser), forgetting it and the
 * page that offers to keep it; so is the stateless scoring API; a partner's invitation and view links are
 * capabilities, open to whoever holds them. Keeping a result or inviting a partner needs a complete sign-in.
 */
@Component
class QuizAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/quizzes/*/save", "/quizzes/*/partner").access(SignInRules.member())
                .requestMatchers(QuizResultsController.HISTORY, QuizResultsController.HISTORY + "/**").access(SignInRules.member())
                .requestMatchers(HttpMethod.GET, QuizController.INDEX, QuizController.INDEX + "/*",
                        QuizController.INDEX + "/*/how-it-works", QuizController.INDEX + "/*/questions",
                        QuizController.INDEX + "/*/result", QuizController.INDEX + "/*/result/keep").permitAll()
                .requestMatchers(HttpMethod.POST, QuizController.INDEX + "/*/answer", QuizController.INDEX + "/*/result/forget").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/quizzes", "/api/quizzes/*", ApiDescriptionRedirect.OLD).permitAll()
                .requestMatchers(HttpMethod.POST, "/api/quizzes/*/score").permitAll()
                .requestMatchers(HttpMethod.GET, "/partner/*", "/partner/view/*", "/partner/view/*/withdraw", "/partner/withdrawn").permitAll()
                .requestMatchers(HttpMethod.POST, "/partner/*/start", "/partner/view/*/reveal", "/partner/view/*/withdraw").permitAll();
    }

    /** The scoring API reads no cookie, so there is no session for a forged request to ride on. */
    @Override
    public List<String> statelessPaths() {
        return List.of("/api/quizzes/**");
    }
}
