package app.temple.billing.web;

import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import app.temple.billing.internal.Grant;
import app.temple.billing.internal.Grants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Admins give a member access to one course or every course, from a day and optionally until a day, and take it
 * back in two steps (ask, confirm). The member is named by her email address, looked up through the account module.
 */
@Controller
class GrantsController {

    static final String PATH = "/admin/grants";
    private static final int LISTED = 200;

    private final Grants grants;
    private final Accounts accounts;
    private final Clock clock;
    private final List<String> courses;

    GrantsController(Grants grants, Accounts accounts, Clock clock,
                     @Value("${temple.billing.courses:foundation,exploration}") String courses) {
        this.grants = grants;
        this.accounts = accounts;
        this.clock = clock;
        this.courses = Arrays.stream(courses.split(",")).map(String::strip).filter(slug -> !slug.isEmpty()).toList();
    }

    @GetMapping(PATH)
    ModelAndView list(@RequestParam(required = false) String granted, @RequestParam(required = false) String revoked) {
        String notice = granted != null ? "billing.granted" : revoked != null ? "billing.revoked" : null;
        return page(GrantForm.empty(today()), Map.of(), notice, HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView grant(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String scope,
                       @RequestParam(defaultValue = "") String starts, @RequestParam(defaultValue = "") String ends) {
        GrantForm form = new GrantForm(email, scope, starts, ends);
        Map<String, String> problems = new LinkedHashMap<>(form.problems(courses));
        Optional<UUID> member = problems.containsKey("email") ? Optional.empty() : accounts.memberIdByEmail(form.email().strip());
        if (member.isEmpty() && !problems.containsKey("email")) {
            problems.put("email", "billing.error.unknownMember");
        }
        if (!problems.isEmpty()) {
            return page(form, problems, null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        grants.grantByAdmin(member.get(), form.course(), form.startsAt(), form.endsAt(), CurrentMember.id().orElse(null));
        return new ModelAndView("redirect:" + PATH + "?granted");
    }

    /** Without {@code confirmed=yes}, the page that asks; with it, the grant ends now. Unknown or already revoked: 404. */
    @PostMapping(PATH + "/revoke")
    ModelAndView revoke(@RequestParam(defaultValue = "") String grant, @RequestParam(defaultValue = "") String confirmed) {
        UUID id = Ids.parse(grant);
        Grant found = Optional.ofNullable(id).flatMap(grants::find).filter(g -> !g.revoked())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!"yes".equals(confirmed)) {
            ModelAndView ask = new ModelAndView("billing/revoke");
            ask.addObject("grant", row(found));
            return ask;
        }
        if (!grants.revoke(id, CurrentMember.id().orElse(null))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new ModelAndView("redirect:" + PATH + "?revoked");
    }

    private ModelAndView page(GrantForm form, Map<String, String> problems, String notice, HttpStatus status) {
        ModelAndView page = new ModelAndView("billing/grants", status);
        page.addObject("form", form);
        page.addObject("problems", problems);
        page.addObject("notice", notice);
        page.addObject("courses", courses);
        page.addObject("grants", grants.recent(LISTED).stream().map(this::row).toList());
        return page;
    }

    private GrantRow row(Grant grant) {
        String email = accounts.profile(grant.member()).map(Accounts.Profile::email).orElse(null);
        LocalDate lastDay = grant.endsAt() == null ? null
                : grant.endsAt().atZone(GrantForm.ZONE).minusNanos(1).toLocalDate();
        return new GrantRow(grant.id(), email, grant.scope(), grant.startsAt().atZone(GrantForm.ZONE).toLocalDate(),
                lastDay, grant.source(), grant.state(clock.instant()));
    }

    private LocalDate today() {
        return ZonedDateTime.now(clock.withZone(GrantForm.ZONE)).toLocalDate();
    }
}
