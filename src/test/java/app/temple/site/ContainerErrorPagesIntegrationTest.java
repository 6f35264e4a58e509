package app.temple.site;

import app.temple.TempleIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before any filter of Temple's runs get Temple's words in both languages, not Tomcat's
 * "HTTP Status 400" page. Sent over a socket, byte for byte, since an HTTP client would re-encode the addresses.
 */
@TempleIntegrationTest
class ContainerErrorPagesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void addressesTheContainerRefusesAreAnsweredInBothLanguages() throws IOException {
        for (String path : new String[] {"/journal/a%2Fb", "/journal/a%00b", "/journal/%C3%28", "/journal/a%5Cb",
                "/courses/" + "x".repeat(20_000)}) {
            String answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: sv\r\nConnection: close\r\n\r\n");
            String what = path.substring(0, Math.min(40, path.length()));

            assertThat(answer).as(what).startsWith("HTTP/1.1 400");
            assertThat(answer.toLowerCase()).as(what).contains("content-type: text/html;charset=utf-8");
            Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(page.select("section[lang=en] h1").text()).as(what).isEqualTo("We couldn't understand that request");
            assertThat(page.select("section[lang=sv] h2").text()).as(what).isEqualTo("Vi kunde inte förstå begäran");
            assertThat(page.select("section[lang=sv] a[href=/]").text()).isEqualTo("Gå till startsidan");
            assertThat(page.select("section[lang=sv] a[href=/help]").text()).isEqualTo("Få hjälp nu");
            assertThat(page.text()).as(what).doesNotContain("Tomcat", "HTTP Status");
        }
    }

    @Test
    void theSitesOwnErrorsStillComeFromTheSite() throws IOException {
        String answer = send("GET /no-such-page HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Language: sv\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 404");
        assertThat(answer).contains("<html lang=\"sv\"").doesNotContain("section lang=\"en\"");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
