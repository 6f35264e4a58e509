package app.temple.mail.web;

import app.temple.mail.internal.Outbox;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The development outbox page. It exists only when no mail server is configured (with one it is a 404), and
 * answers only requests from this computer: the letters hold working sign-in links, so a Temple started without SMTP
 * by mistake must not hand them to the world. "From this computer" means two things: the connection itself arrived on a loopback
 * address (its local end, which no forwarded header rewrites: Tomcat's RemoteIpValve and Spring's forwarded-header
 * filter change the remote address but not the local one, and a packet for 127.0.0.1 or ::1 cannot come in from
 * the network), and the client, as a trusted proxy on this computer reports her, is this computer too.
 */
@Controller
class OutboxController {

    static final String OUTBOX = "/dev/outbox";

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping(OUTBOX)
    String outbox(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!outbox.isOpen() || !isLoopback(request.getLocalAddr()) || !isLoopback(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("letters", outbox.letters().stream().map(OutboxLetterView::of).toList());
        model.addAttribute("capacity", Outbox.CAPACITY);
        return "mail/outbox";
    }

    static boolean isLoopback(String address) {
        // only IP literals, so that no name is ever looked up
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
