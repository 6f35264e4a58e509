package app.temple.account.internal;

import app.temple.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The first admin: when no admin exists and TEMPLE_ADMIN_EMAIL names an address, that address is invited
 * as admin on start (again only once the last invitation's link has expired). There is never a default
 * password; the invitation link is how she chooses one, and accepting it is what makes her admin.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Members members;
    private final StaffInvitations invitations;
    private final String email;

    FirstAdmin(Members members, StaffInvitations invitations, @Value("${temple.admin.email}") String email) {
        this.members = members;
        this.invitations = invitations;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (members.anyWithRole(Role.ADMIN) || invitations.adminInvitationOpen()) {
            return; // an admin exists, or the first one has been invited and the link still works
        }
        if (email == null || email.isBlank()) {
            log.warn("There is no admin yet. Set TEMPLE_ADMIN_EMAIL to an address and restart to invite the first admin.");
            return;
        }
        invitations.invite(email, Role.ADMIN, Locale.ENGLISH);
        log.warn("No admin existed: the address in TEMPLE_ADMIN_EMAIL has been invited as the first admin. "
                + "The invitation link is valid for 7 days.");
    }
}
