package app.temple.course.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Uploading lesson media is for editors, with their second factor, as writing the Journal is: a recording is public
 * text in another form. Admins are not editors by virtue of being admins.
 */
@Component
class MediaUploadAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(LessonMediaUploadController.BASE, LessonMediaUploadController.BASE + "/**")
                .access(SignInRules.staff(Role.EDITOR));
    }
}
