package app.temple.site.web;

import app.temple.site.Page;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's texts as a page asks them, each fixed text looked up once per language and then remembered. A page asks
 * for dozens; each lookup walked the four message bundles and their parents (about 3% of a signed-in lesson's CPU,
 * async-profiler 2026-12-06). The bundles never change while the node runs. Texts with arguments, and languages the
 * site does not offer, go to the bundles each time, so what is remembered is bounded by the bundles themselves.
 */
final class RememberedMessages implements MessageSource {

    private final MessageSource bundles;
    private final Map<Locale, Map<String, String>> remembered = new ConcurrentHashMap<>();

    RememberedMessages(MessageSource bundles) {
        this.bundles = bundles;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return bundles.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        if ((args != null && args.length > 0) || !Page.LANGUAGES.contains(locale)) {
            return bundles.getMessage(code, args, locale);
        }
        // a missing text throws from the lookup and is not remembered
        return remembered.computeIfAbsent(locale, language -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, text -> bundles.getMessage(text, null, locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return bundles.getMessage(resolvable, locale);
    }
}
