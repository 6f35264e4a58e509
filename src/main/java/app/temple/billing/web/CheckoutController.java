package app.temple.billing.web;

import app.temple.account.CurrentMember;
import app.temple.account.MemberLimits;
import app.temple.billing.internal.Checkouts;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.billing.internal.Purchase;
import app.temple.billing.internal.PurchaseState;
import app.temple.billing.internal.Purchases;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import java.util.UUID;

/**
 * Buying: her purchase form sends her to the provider's hosted checkout (303), and she comes back to a page that
 * tells her where her payment stands. Coming back grants nothing: the provider's signed report does.
 */
@Controller
class CheckoutController {

    static final String CHECKOUT = "/billing/checkout";
    static final String RETURN = Checkouts.RETURN_PATH;

    private final Checkouts checkouts;
    private final Purchases purchases;
    private final Products products;
    private final MemberLimits limits;

    /** @param limits at most 20 checkouts an hour per member: each asks the provider for a page */
    CheckoutController(Checkouts checkouts, Purchases purchases, Products products, MemberLimits limits) {
        this.limits = limits;
        this.checkouts = checkouts;
        this.purchases = purchases;
        this.products = products;
    }

    @PostMapping(CHECKOUT)
    ModelAndView checkout(@RequestParam(defaultValue = "") String product, @RequestParam(defaultValue = "") String currency,
                          HttpServletRequest request) {
        UUID member = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        limits.acquireOrRefuse(member, MemberLimits.Action.CHECKOUT);
        String language = RequestContextUtils.getLocale(request).getLanguage();
        return switch (checkouts.start(member, Ids.parse(product), currency, language)) {
            case Checkouts.Outcome.Started started -> {
                RedirectView provider = new RedirectView(started.url());
                provider.setStatusCode(HttpStatus.SEE_OTHER);
                yield new ModelAndView(provider);
            }
            case Checkouts.Outcome.NotForSale notForSale -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Checkouts.Outcome.ProviderUnavailable unavailable ->
                    new ModelAndView("billing/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        };
    }

    /**
     * Her way back from the provider's page, paid or not ({@code left}). Only her own purchase is shown; any other
     * reference is not found, like one that does not exist.
     */
    @GetMapping(RETURN)
    ModelAndView back(@RequestParam(defaultValue = "") String purchase, @RequestParam(required = false) String left) {
        UUID member = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Purchase found = purchases.find(purchase).filter(mine -> member.equals(mine.member()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ModelAndView page = new ModelAndView("billing/return");
        page.addObject("state", found.state() == PurchaseState.OPEN && left != null ? "left" : found.state().key());
        page.addObject("reference", found.reference());
        java.util.Optional<Product> bought = products.find(found.product());
        boolean series = bought.filter(p -> p.kind() == ProductKind.SERIES).isPresent();
        page.addObject("series", series);
        page.addObject("next", bought.map(p -> series ? "/sessions/practitioners/" + p.practitioner() + "/" + p.sessionType()
                : p.course() == null ? "/courses" : "/courses/" + p.course()).orElse("/courses"));
        return page;
    }
}
