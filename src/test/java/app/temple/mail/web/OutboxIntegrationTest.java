package app.temple.mail.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@TempleIntegrationTest
class OutboxIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Mail mail;

    @Test
    void aSentLetterIsShownWithAClickableLink() {
        String token = UUID.randomUUID().toString();
        mail.send(new Letter("her@example.org", Locale.ENGLISH, LetterKind.SIGN_IN_LINK,
                Map.of("link", "http://localhost:" + port + "/sign-in/link?token=" + token + "&next=/", "name", "Maja")));

        var response = new Http(port).get(OutboxController.OUTBOX);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Development outbox", "no mail server is configured",
                "in this server's memory instead of being sent: the last 50, newest first",
                "Your sign-in link", "her@example.org", "Notifications &lt;no-reply@localhost&gt;", "Hello Maja,",
                "<a href=\"http://localhost:" + port + "/sign-in/link?token=" + token + "&amp;next=/\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void whatALetterSaysIsEscapedOnThePage() {
        mail.send(new Letter("her@example.org", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED,
                Map.of("name", "<script>alert(1)</script>")));

        String body = new Http(port).get(OutboxController.OUTBOX).body();

        assertThat(body).contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,").doesNotContain("<script>alert(1)");
    }

    @Test
    void thePageSpeaksSwedish() {
        String body = new Http(port).get(OutboxController.OUTBOX, "Accept-Language", "sv").body();

        assertThat(body).contains("<html lang=\"sv\"", "Utkorg för utveckling");
    }

    @Test
    void aLoopbackConnectionThatNamesThisComputerAsTheClientIsShownThePage() {
        var response = new Http(port).get(OutboxController.OUTBOX, "X-Forwarded-For", "127.0.0.1");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aConnectionFromTheNetworkThatClaimsToBeThisComputerIsRefused() throws Exception {
        // Tomcat trusts X-Forwarded-For from private networks, so the remote address reads 127.0.0.1 here;
        // the connection's own (local) end is what shows it came from the network
        Optional<InetAddress> networkAddress = networkAddress();
        assumeTrue(networkAddress.isPresent(), "this computer has a non-loopback IPv4 address");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + networkAddress.get().getHostAddress() + ":"
                + port + OutboxController.OUTBOX)).header("X-Forwarded-For", "127.0.0.1").GET().build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Development outbox");
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(OutboxIntegrationTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    @Test
    void theOutboxAnswersOnlyThisComputer() {
        // through a reverse proxy the client's own address counts, and it is not this computer
        var response = new Http(port).get(OutboxController.OUTBOX, "X-Forwarded-For", "203.0.113.7");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Development outbox");
    }
}
