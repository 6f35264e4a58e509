package app.temple.site.web;

import app.temple.site.NodeCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * She sees her own change on the very next page, whichever instance of Temple serves it. Each instance keeps
 * sessions and a member's rows in memory ({@link NodeCache}) and hears of another's changes within a fraction of a
 * second; the page after her change may come sooner, from the other instance. So every change she posts marks her
 * browser for a few seconds (a cookie that says nothing but "fresh"), and while it is marked every instance reads
 * her rows afresh instead of from memory.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites {

    static final String COOKIE = "temple_fresh";
    static final int SECONDS = 3;

    @Bean
    FilterRegistrationBean<FreshAfterChanges> freshAfterChanges(@Value("${server.servlet.session.cookie.name}") String sessionCookie) {
        FilterRegistrationBean<FreshAfterChanges> registration = new FilterRegistrationBean<>(new FreshAfterChanges(sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5); // after the shared pages, before sessions are read
        return registration;
    }

    static final class FreshAfterChanges extends OncePerRequestFilter {

        private final String sessionCookie;

        FreshAfterChanges(String sessionCookie) {
            this.sessionCookie = sessionCookie;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // a visitor has no rows kept anywhere: only a browser with a session is marked
            boolean changes = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && SessionCookies.carries(request, sessionCookie);
            if (changes) {
                response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, "1").path("/").maxAge(SECONDS)
                        .httpOnly(true).sameSite("Lax").secure(request.isSecure()).build().toString());
            }
            if (changes || SessionCookies.carries(request, COOKIE)) {
                try (NodeCache.Afresh afresh = NodeCache.readingAfresh()) {
                    chain.doFilter(request, response);
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
