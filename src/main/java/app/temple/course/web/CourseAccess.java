package app.temple.course.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The course pages are public: every visitor may see what a course holds and read its free previews. A lesson
 * without access shows what it is about and how to get access, which is the page's business, not a refusal. Marking
 * lessons done and keeping reflections are a member's, after a complete sign-in. Editing lessons is an editor's, with
 * her second factor, as editing the Journal is.
 */
@Component
class CourseAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, CourseController.INDEX, CourseController.PAUSE, CourseController.INDEX + "/*",
                        CourseController.INDEX + "/*/*").permitAll()
                .requestMatchers(HttpMethod.GET, CourseController.INDEX + "/*/*/recording", CourseController.INDEX + "/*/*/captions")
                .permitAll()
                .requestMatchers(HttpMethod.POST, CourseController.INDEX + "/*/*/position").access(SignInRules.member())
                .requestMatchers(HttpMethod.POST, CourseController.INDEX + "/*/*/done", CourseController.INDEX + "/*/*/undone",
                        CourseController.INDEX + "/*/*/later",
                        CourseController.INDEX + "/*/*/reflection").access(SignInRules.member())
                .requestMatchers(HttpMethod.GET, "/account/reflections").access(SignInRules.member())
                .requestMatchers(LessonEditorController.BASE, LessonEditorController.BASE + "/**").access(SignInRules.staff(Role.EDITOR));
    }
}
