package app.temple.account.internal;

import app.temple.account.SignInState;
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
        switch (SignInState.of(authentication)) {
            case FIRST_FACTOR -> response.sendRedirect(SecondFactor.CHALLENGE);
            case MUST_ENROL -> response.sendRedirect(SecondFactor.ENROL);
            default -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
