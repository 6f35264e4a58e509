package app.temple.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * A refusal that the member can fix herself leads her there: to the code from her authenticator app, or
 * (staff) to enrolling one. Any other refusal is a plain 403 page.
 */
final class SecondFactorRedirect implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SecondFactor.isMember(authentication)) {
            if (!SecondFactor.isComplete(authentication)) {
                response.sendRedirect(SecondFactor.CHALLENGE);
                return;
            }
            if (SecondFactor.mustEnrol(authentication)) {
                response.sendRedirect(SecondFactor.ENROL);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
