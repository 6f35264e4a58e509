package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.account.MemberLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every post that takes a practitioner's time (book, move, join a waitlist, take a waitlist offer, book a series)
 * first takes one of her hourly booking attempts. It runs before the controller, so a refused post books nothing and
 * she sees the "please wait a moment" page with a 429.
 */
@Component
class BookingLimits implements WebMvcConfigurer, HandlerInterceptor {

    private final MemberLimits limits;

    BookingLimits(MemberLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(BookingRoutes.BOOK, BookingRoutes.MOVE, WaitlistController.JOIN,
                WaitlistController.OFFER, SeriesController.SERIES);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod())) {
            // the access rules let only a signed-in member post here; a visitor never reaches this line with an id
            CurrentMember.id().ifPresent(member -> limits.acquireOrRefuse(member, MemberLimits.Action.BOOKING));
        }
        return true;
    }
}
