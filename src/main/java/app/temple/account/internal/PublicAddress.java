package app.temple.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for letters: the address members reach Temple at, from TEMPLE_PUBLIC_URL. */
@Component
class PublicAddress {

    private final String base;

    PublicAddress(@Value("${temple.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String of(String path) {
        return base + path;
    }
}
