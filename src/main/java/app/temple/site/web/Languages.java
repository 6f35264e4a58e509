package app.temple.site.web;

import app.temple.site.Page;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

/**
 * English or Swedish: the reader's choice (a cookie set by {@code ?lang=}) wins, then her browser's
 * Accept-Language, then English.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("temple_lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(Languages::fromAcceptLanguage);
        return resolver;
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale offered : Page.LANGUAGES) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OfferedLanguageChange());
    }

    /** Stores {@code ?lang=} only for a language Temple offers; anything else is ignored, not an error. */
    static final class OfferedLanguageChange extends LocaleChangeInterceptor {

        OfferedLanguageChange() {
            setParamName(PARAMETER);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            String wanted = request.getParameter(PARAMETER);
            boolean offered = Page.LANGUAGES.stream().anyMatch(language -> language.getLanguage().equals(wanted));
            return !offered || super.preHandle(request, response, handler);
        }
    }
}
