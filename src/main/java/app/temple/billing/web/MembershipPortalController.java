package app.temple.billing.web;

import app.temple.account.CurrentMember;
import app.temple.billing.internal.MembershipPortal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import java.util.UUID;

/**
 * Her button to the provider's customer portal (303 there), where she changes how she pays or cancels her membership.
 * It takes no parameter: the portal is opened for the customer her own membership names, so no one can open another's.
 */
@Controller
class MembershipPortalController {

    static final String PORTAL = PurchasesController.PATH + "/portal";

    private final MembershipPortal portal;

    MembershipPortalController(MembershipPortal portal) {
        this.portal = portal;
    }

    @PostMapping(PORTAL)
    ModelAndView open(HttpServletRequest request) {
        UUID member = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return switch (portal.open(member, RequestContextUtils.getLocale(request).getLanguage())) {
            case MembershipPortal.Outcome.Opened opened -> {
                RedirectView provider = new RedirectView(opened.url());
                provider.setStatusCode(HttpStatus.SEE_OTHER);
                yield new ModelAndView(provider);
            }
            case MembershipPortal.Outcome.NoMembership none -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case MembershipPortal.Outcome.ProviderUnavailable unavailable ->
                    new ModelAndView("billing/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        };
    }
}
