package app.temple.account.internal;

import app.temple.site.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;
import java.util.UUID;

/** A signed-in member who switches language gets her letters in that language from then on. */
@Configuration(proxyBeanMethods = false)
class LanguageChoice implements WebMvcConfigurer, HandlerInterceptor {

    private final Members members;

    LanguageChoice(Members members) {
        this.members = members;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String wanted = request.getParameter("lang");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (wanted != null && SecondFactor.isMember(authentication)) {
            Page.LANGUAGES.stream().filter(language -> language.getLanguage().equals(wanted)).findFirst()
                    .ifPresent(language -> members.changeLocale(UUID.fromString(authentication.getName()), Locale.of(wanted)));
        }
        return true;
    }
}
