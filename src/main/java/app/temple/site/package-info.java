/**
 * The site shell: the layout every page uses, the home, privacy and help pages, navigation, error pages, the
 * visitor's language, the security headers and the static assets. It reads other modules only through their
 * public faces, and only to show what they offer on the home page; and it offers the modules the pieces every page
 * shares, such as {@link app.temple.site.Dates} and {@link app.temple.site.SealedCookie} (sealed by the vault, the
 * one module below it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package app.temple.site;
