package app.temple.billing.web;

import app.temple.account.CurrentMember;
import app.temple.billing.Money;
import app.temple.billing.internal.MembershipPortal;
import app.temple.billing.internal.PaymentSettings;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.Products;
import app.temple.billing.internal.Purchase;
import app.temple.billing.internal.PurchaseState;
import app.temple.billing.internal.Purchases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.UUID;

/**
 * Her purchases and, for each one paid, its receipt. Only her own: another member's reference is not found, like one
 * that does not exist.
 */
@Controller
class PurchasesController {

    static final String PATH = "/account/purchases";

    private final Purchases purchases;
    private final Products products;
    private final PaymentSettings settings;
    private final MembershipPortal portal;

    PurchasesController(Purchases purchases, Products products, PaymentSettings settings, MembershipPortal portal) {
        this.portal = portal;
        this.purchases = purchases;
        this.products = products;
        this.settings = settings;
    }

    @GetMapping(PATH)
    ModelAndView list() {
        UUID member = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<PurchaseRow> rows = purchases.of(member).stream()
                .filter(purchase -> purchase.state() != PurchaseState.OPEN && purchase.state() != PurchaseState.EXPIRED)
                .map(this::row).toList();
        ModelAndView page = new ModelAndView("billing/purchases", "purchases", rows);
        page.addObject("portal", portal.available(member));
        return page;
    }

    @GetMapping(PATH + "/{reference}")
    ModelAndView receipt(@PathVariable String reference) {
        UUID member = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Purchase purchase = purchases.find(reference).filter(mine -> member.equals(mine.member()))
                .filter(paid -> paid.paidAt() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ModelAndView page = new ModelAndView("billing/receipt", "purchase", row(purchase));
        page.addObject("wording", settings.receiptWording());
        page.addObject("vat", settings.vat());
        page.addObject("vatRate", settings.vatRate());
        page.addObject("vatAmount", vatIn(purchase.amount()));
        return page;
    }

    private PurchaseRow row(Purchase purchase) {
        Product product = products.find(purchase.product()).orElseThrow();
        return new PurchaseRow(purchase.reference(), product, purchase.amount(), purchase.state().key(), purchase.paidAt(),
                purchase.refundedAt());
    }

    /** The VAT within what she paid, where there is VAT: the price shown plus VAT, or the price itself including it. */
    private Money vatIn(Money paid) {
        if (settings.vat().equals("none")) {
            return null;
        }
        long vat = Math.round(paid.amountMinor() * (double) settings.vatRate() / (100 + settings.vatRate()));
        return new Money(paid.currency(), vat);
    }
}
