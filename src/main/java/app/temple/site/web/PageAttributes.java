package app.temple.site.web;

import app.temple.site.CspNonce;
import app.temple.site.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every rendered page, error pages included, its {@link Page}. */
@ControllerAdvice
class PageAttributes {

    private final MessageSource messages;
    private final ResourceUrlProvider assets;
    private final Navigation navigation;
    /** Quick exit passes through the site, which forgets what her browser keeps, then leaves for the neutral page. */
    private final String quickExitUrl = QuickExitController.PATH;

    PageAttributes(MessageSource messages, ResourceUrlProvider mvcResourceUrlProvider, Navigation navigation) {
        this.messages = messages;
        this.assets = mvcResourceUrlProvider;
        this.navigation = navigation;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return new Page(RequestContextUtils.getLocale(request), pathOf(request), CspNonce.of(request),
                navigation.sections(), quickExitUrl, messages, assets,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()), isSignedIn());
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.isEmpty() ? "/" : path;
    }
}
