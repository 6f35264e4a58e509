package app.temple.site.web;

import app.temple.site.Page.Section;

/** One of the four paths offered on the home page; a path whose section has no page yet is shown as coming. */
public record HomePath(Section section, boolean open) {

    public String key(String part) {
        return "home.path." + section.href().substring(1) + "." + part;
    }
}
