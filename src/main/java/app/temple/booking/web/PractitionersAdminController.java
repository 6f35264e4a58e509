package app.temple.booking.web;

import app.temple.account.Accounts;
import app.temple.account.Role;
import app.temple.booking.internal.Desk;
import app.temple.booking.internal.DeskSettings;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;
import java.util.UUID;

/**
 * The admins' practitioners: link a profile to the staff account that is her (invited as a practitioner at
 * /admin/staff, by its address), and deactivate or reactivate her. A deactivated practitioner takes no new bookings
 * and has no profile page; her booked sessions stay, on her desk and in her clients' lists.
 */
@Controller
class PractitionersAdminController {

    private final DeskSettings settings;
    private final Practitioners practitioners;
    private final Desk desk;
    private final Accounts accounts;

    PractitionersAdminController(DeskSettings settings, Practitioners practitioners, Desk desk, Accounts accounts) {
        this.settings = settings;
        this.practitioners = practitioners;
        this.desk = desk;
        this.accounts = accounts;
    }

    @GetMapping(PractitionerDeskRoutes.ADMIN)
    ModelAndView list(@RequestParam(required = false) String done) {
        String notice = done == null ? null : switch (done) {
            case "linked" -> "desk.admin.linked";
            case "active" -> "desk.admin.activeChanged";
            default -> null;
        };
        return page(notice, null, null, "", HttpStatus.OK);
    }

    @PostMapping(PractitionerDeskRoutes.ADMIN_LINK)
    ModelAndView link(@PathVariable String id, @RequestParam(defaultValue = "") String email) {
        Practitioner practitioner = practitioner(id);
        String address = email.strip();
        Optional<UUID> account = address.isEmpty() || address.length() > 320 ? Optional.empty() : accounts.memberIdByEmail(address);
        if (account.isEmpty()) {
            return page(null, practitioner.id(), "desk.admin.error.unknown", email, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        boolean isPractitioner = accounts.profile(account.get()).map(p -> p.roles().contains(Role.PRACTITIONER)).orElse(false);
        if (!isPractitioner) {
            return page(null, practitioner.id(), "desk.admin.error.notPractitioner", email, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (!settings.link(practitioner.id(), account.get())) {
            return page(null, practitioner.id(), "desk.admin.error.taken", email, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.ADMIN + "?done=linked");
    }

    @PostMapping(PractitionerDeskRoutes.ADMIN_ACTIVE)
    ModelAndView active(@PathVariable String id, @RequestParam(defaultValue = "") String active) {
        Practitioner practitioner = practitioner(id);
        if (!active.equals("yes") && !active.equals("no")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        settings.setActive(practitioner.id(), active.equals("yes"));
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.ADMIN + "?done=active");
    }

    private Practitioner practitioner(String id) {
        try {
            return practitioners.byId(UUID.fromString(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The list; a refused link shows its error and the address she typed beside that practitioner. */
    private ModelAndView page(String notice, UUID refused, String error, String email, HttpStatus status) {
        ModelAndView page = new ModelAndView("booking/practitioners-admin", status);
        page.addObject("rows", settings.all().stream().map(this::row).toList());
        page.addObject("notice", notice);
        page.addObject("refused", refused == null ? "" : refused.toString());
        page.addObject("error", error);
        page.addObject("email", email);
        return page;
    }

    private PractitionerAdminRow row(Practitioner p) {
        String account = p.account() == null ? null : accounts.profile(p.account()).map(Accounts.Profile::email).orElse(null);
        return new PractitionerAdminRow(p.id().toString(), p.name(), p.kind().messageKey(), p.zone().getId(), p.fictional(),
                p.active(), account, desk.upcomingCount(p));
    }
}
