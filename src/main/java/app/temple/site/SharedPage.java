package app.temple.site;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page that is the same for every visitor who is not signed in (an article, the Journal index, the home page).
 * Such a page is rendered once and then served from memory until its module's {@link ContentEpoch} moves, which
 * keeps the hottest pages close to the speed of a static file.
 * <p>
 * A shared page carries no script nonce: a nonce sent to many readers protects nothing. Its scripts are our own
 * files, which the policy's {@code 'self'} allows, and inline scripts stay forbidden. It carries no form token
 * either, so a shared page has no forms that post.
 */
public final class SharedPage {

    private static final String EPOCH = SharedPage.class.getName() + ".epoch";

    private SharedPage() {
    }

    /**
     * Declares this response shareable if the reader is a visitor; for a signed-in member it stays her own.
     * Call it in the handler, before the page renders: the page is then given a {@link Page} without nonce.
     */
    public static void share(HttpServletRequest request, ContentEpoch epoch) {
        if (!SignedIn.now()) {
            request.setAttribute(EPOCH, epoch);
        }
    }

    /** The page as this response may show it: without nonce and form token if the response is shared. */
    public static Page fitted(HttpServletRequest request, Page page) {
        return isShared(request) ? page.forEveryone() : page;
    }

    public static boolean isShared(HttpServletRequest request) {
        return request.getAttribute(EPOCH) != null;
    }

    /** The epoch a shared response was declared under, or null for a response of its own. */
    public static ContentEpoch epochOf(HttpServletRequest request) {
        return request.getAttribute(EPOCH) instanceof ContentEpoch epoch ? epoch : null;
    }
}
