package app.temple.quiz.web;

import app.temple.account.AccessRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Taking a quiz is open to everyone; keeping a result needs a member. */
@Component
class QuizAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/quizzes/*/save", "/quizzes/*/partner").authenticated();
    }
}
