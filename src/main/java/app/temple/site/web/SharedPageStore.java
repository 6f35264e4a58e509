package app.temple.site.web;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared pages rendered so far, by path, language and scheme. An entry is only good while the epoch it was
 * rendered under has not moved; a stale entry is replaced by the next rendering.
 */
@Component
class SharedPageStore {

    /** Far more than the Journal has pages in both languages; past it the store starts again, which is cheap. */
    static final int CAPACITY = 4096;

    private final Map<Key, StoredPage> pages = new ConcurrentHashMap<>();

    StoredPage current(Key key) {
        StoredPage page = pages.get(key);
        return page != null && page.isCurrent() ? page : null;
    }

    void put(Key key, StoredPage page) {
        if (pages.size() >= CAPACITY) {
            pages.clear();
        }
        pages.put(key, page);
    }

    record Key(String path, String language, boolean secure) {
    }
}
