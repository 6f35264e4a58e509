package app.temple.journal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute URLs on the public address (TEMPLE_PUBLIC_URL), for canonical links, feeds and the sitemap. */
@Component
class PublicUrls {

    private final String base;

    PublicUrls(@Value("${temple.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String of(String path) {
        return base + path;
    }
}
