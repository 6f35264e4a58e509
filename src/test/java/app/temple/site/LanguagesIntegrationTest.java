package app.temple.site;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class LanguagesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void followsAcceptLanguage() {
        assertThat(new Http(port).get("/", "Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"sv\"", "Få hjälp nu");
        assertThat(new Http(port).get("/", "Accept-Language", "en-GB").body())
                .contains("<html lang=\"en\"", "Get help now");
    }

    @Test
    void anUnofferedLanguageFallsBackToEnglish() {
        assertThat(new Http(port).get("/", "Accept-Language", "de-DE,fr;q=0.8").body()).contains("<html lang=\"en\"");
    }

    @Test
    void theStoredChoiceWinsOverTheBrowser() {
        String body = new Http(port).get("/privacy", "Accept-Language", "en", "Cookie", "temple_lang=sv").body();

        assertThat(body).contains("<html lang=\"sv\"", "Vårt integritetslöfte");
    }

    @Test
    void anUnknownLanguageParameterIsIgnored() {
        var response = new Http(port).get("/?lang=xx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"en\"");
    }

    @Test
    void theLanguageSwitchLinksToThisPageInEachLanguage() {
        String body = new Http(port).get("/privacy").body();

        assertThat(body).contains("href=\"/privacy?lang=sv\"", "href=\"/privacy?lang=en\"");
    }
}
