package app.temple.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links on the address members reach Temple at ({@code TEMPLE_PUBLIC_URL}): for letters, canonical links,
 * feeds, the sitemap and the links she passes on. Never taken from the request's Host header, which a client
 * chooses.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${temple.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute URL of {@code path}, which starts with a slash. */
    public String of(String path) {
        return base + path;
    }
}
