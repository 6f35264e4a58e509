package app.temple.site.web;

import app.temple.site.CspNonce;
import app.temple.site.Page;
import app.temple.site.SharedPage;
import app.temple.site.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

import java.util.function.Supplier;

/**
 * Gives every page that renders, error pages included, its {@link Page}. It does so after the handler and only for a
 * view that renders: an answer without one (a redirect after a post, a file, JSON) builds no page. As a
 * {@code @ModelAttribute} it was made for every request, through Spring's model-method machinery, which cost about
 * 8% of the CPU of the smallest answer a signed-in member gets (async-profiler, 2026-12-06).
 */
@Component
class PageAttributes implements WebMvcConfigurer, HandlerInterceptor {

    private final MessageSource messages;
    // both come from Spring MVC's configuration, which asks this class for its interceptors: they are looked up
    // once, at the first page, not when the configuration is being made
    private final Supplier<ResourceUrlProvider> assets;
    private final Supplier<Navigation> navigation;
    /** Quick exit passes through the site, which forgets what her browser keeps, then leaves for the neutral page. */
    private final String quickExitUrl = QuickExitController.PATH;

    PageAttributes(MessageSource messages, ObjectProvider<ResourceUrlProvider> mvcResourceUrlProvider,
                   ObjectProvider<Navigation> navigation) {
        this.messages = new RememberedMessages(messages);
        this.assets = SingletonSupplier.of(mvcResourceUrlProvider::getObject);
        this.navigation = SingletonSupplier.of(navigation::getObject);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view != null && rendersHere(view)) {
            view.addObject("page", SharedPage.fitted(request, page(request)));
        }
    }

    private Page page(HttpServletRequest request) {
        return new Page(RequestContextUtils.getLocale(request), pathOf(request), CspNonce.of(request),
                navigation.get().sections(), quickExitUrl, messages, assets.get(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()), SignedIn.now());
    }

    /** False for a redirect, and for a forward, whose own dispatch gets its page. */
    private static boolean rendersHere(ModelAndView view) {
        String name = view.getViewName();
        if (name != null) {
            return !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                    && !name.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX);
        }
        return !(view.getView() instanceof SmartView smart && smart.isRedirectView());
    }

    private static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.isEmpty() ? "/" : path;
    }
}
