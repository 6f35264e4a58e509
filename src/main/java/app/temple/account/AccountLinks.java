package app.temple.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What another module adds to her account page: where she is in it and where to go on. The account module only
 * declares this, since the modules above it (courses, bookings) depend on it and not the other way round.
 */
public interface AccountLinks {

    /** The heading of this module's part, already in her language. */
    String heading(Locale locale);

    /** Her links, already in her language; empty to show nothing. */
    List<Link> linksFor(UUID member, Locale locale);

    /** One line: a link and, beside it, a short note such as how far she has come. */
    record Link(String href, String text, String note) {
    }
}
