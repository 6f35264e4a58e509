package app.temple.journal.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading is open to everyone. Writing is for editors, with their second factor. Admins are not editors by virtue
 * of being admins: an admin who writes gives herself the editor role, so every change to public text is made by
 * someone in that role.
 */
@Component
class JournalAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/journal", "/journal/**", "/sitemap.xml", "/robots.txt").permitAll()
                .requestMatchers(EditorController.BASE, EditorController.BASE + "/**").access(SignInRules.staff(Role.EDITOR));
    }
}
