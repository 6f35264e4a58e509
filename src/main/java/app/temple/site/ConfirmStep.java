package app.temple.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * The second step of something that cannot be undone: a page, reached by a quiet link, that says what will happen
 * and asks once more, with the form that does it (CSRF and all) and a way back. It needs no JavaScript, and the
 * action itself stays a POST to its own path, so only this page is new.
 *
 * @param titleKey  the question, "End this session?"
 * @param textKey   what happens, and what does not
 * @param textArgs  what fills the text's {@code {0}}…, already in the reader's words (a device, a quiz's title)
 * @param action    the path the form posts to
 * @param fields    hidden fields the action needs, by name
 * @param buttonKey the button that does it, "Yes, end it"
 * @param backHref  where "keep it" leads: the page she came from
 */
public record ConfirmStep(String titleKey, String textKey, List<String> textArgs, String action, Map<String, String> fields,
                          String buttonKey, String backHref) {

    public static final String TEMPLATE = "site/confirm-step";

    public ConfirmStep {
        textArgs = List.copyOf(textArgs);
        fields = Map.copyOf(fields);
        backHref = Page.sameOrigin(backHref);
    }

    /** The text's arguments for {@link Page#t}. */
    public Object[] args() {
        return textArgs.toArray();
    }

    /** The page that asks. */
    public ModelAndView page() {
        ModelAndView page = new ModelAndView(TEMPLATE, HttpStatus.OK);
        page.addObject("step", this);
        return page;
    }
}
