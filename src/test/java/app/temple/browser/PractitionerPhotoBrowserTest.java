package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.booking.DeskFixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner uploads her photo through the desk's plain form in a real browser without JavaScript, sees it on her
 * public page described by her name (the browser really decodes it), and the pages with it, and the page that refuses
 * a file that is not a photo, pass axe in English and Swedish, fit a 320-pixel phone and ask nothing of another origin.
 */
@TempleIntegrationTest
class PractitionerPhotoBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;

    @Test
    void sheUploadsHerPhotoWithoutJavaScriptAndHerPagesShowItAccessibly() throws IOException {
        DeskFixtures.Desk desk = DeskFixtures.of(application).desk("Photo Browser");
        String slug = desk.practitioner().slug();

        // the form works without JavaScript
        try (BrowserContext context = context(desk, "en-GB", false)) {
            Page page = context.newPage();
            page.navigate(origin() + "/desk/profile");
            page.locator("#photo").setInputFiles(new FilePayload("me.png", "image/png", png()));
            page.locator("form[action='/desk/profile/photo'] button[type=submit]").click();
            page.waitForURL("**/desk/profile?saved");
            assertThat(page.locator(".desk-photo img").getAttribute("alt")).isEqualTo("Photo Browser");
        }

        for (String locale : List.of("en-GB", "sv-SE")) {
            String lang = locale.startsWith("sv") ? "?lang=sv" : "?lang=en";
            try (BrowserContext context = context(desk, locale, true)) {
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                page.navigate(origin() + "/desk/profile" + lang);
                checkFits(page, checks);

                page.locator("#photo").setInputFiles(new FilePayload("notes.png", "image/png",
                        "just some words".getBytes(StandardCharsets.UTF_8)));
                page.locator("form[action='/desk/profile/photo'] button[type=submit]").click();
                page.waitForLoadState();
                assertThat(page.locator("#photo-error").count()).isEqualTo(1);
                assertThat(page.locator("#photo").getAttribute("aria-invalid")).isEqualTo("true");
                checkFits(page, checks);

                for (String path : List.of("/sessions/practitioners/" + slug, "/sessions/practitioners")) {
                    page.navigate(origin() + path + lang);
                    var photo = page.locator("img[src^='/sessions/practitioners/" + slug + "/photo?v=']");
                    assertThat(photo.getAttribute("alt")).isEqualTo("Photo Browser");
                    assertThat(((Number) photo.evaluate("img => img.naturalWidth")).intValue()).as("decoded").isEqualTo(48);
                    checkFits(page, checks);
                }
            }
        }
    }

    private BrowserContext context(DeskFixtures.Desk desk, String locale, boolean javaScript) {
        BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(locale)
                .setJavaScriptEnabled(javaScript).setViewportSize(320, 800));
        context.addCookies(List.of(new Cookie("temple_session", desk.visitor().cookie("temple_session").orElseThrow())
                .setUrl(origin())));
        return context;
    }

    /** A real 48-pixel PNG, drawn here, so that the browser has something to decode. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x8a, 0x5a, 0x7a));
        graphics.fillOval(4, 4, 40, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void checkFits(Page page, PageChecks checks) {
        checks.assertAccessibleAndSelfContained(page);
        Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(page.url() + " scrolls sideways").isLessThanOrEqualTo(320);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
