package app.temple.site.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The pages Tomcat answers with itself, for requests it refuses before Temple sees them: an encoded slash or a null
 * character in the address, broken percent-encoding, a request line or headers longer than it reads. Without this
 * they were Tomcat's own "HTTP Status 400 – Bad Request", in English only. Nothing can choose a language at that
 * point (no filter has run), so the page says it in both, each part marked with its language, in the words of the
 * site's own error pages.
 * <p>
 * Tomcat serves these pages from files, so they are written once at start into temporary files.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("sv"));

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Path badRequest = write("bad-request", 400);
        Path server = write("server", 0);
        factory.addContextCustomizers(context -> {
            ErrorReportValve valve = errorReportValve(context.getParent());
            // errorCode.0: any other status the container answers by itself
            valve.setProperty("errorCode.400", badRequest.toString());
            valve.setProperty("errorCode.0", server.toString());
        });
    }

    /** Spring Boot's valve (no report, no server version) where it added one, or one like it. */
    private static ErrorReportValve errorReportValve(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve existing) {
                return existing;
            }
        }
        ErrorReportValve added = new ErrorReportValve();
        added.setShowReport(false);
        added.setShowServerInfo(false);
        host.getPipeline().addValve(added);
        return added;
    }

    private Path write(String kind, int status) {
        try {
            Path file = Files.createTempFile("temple-error-" + kind + "-", ".html");
            file.toFile().deleteOnExit();
            Files.writeString(file, page(kind, status), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page in both languages; {@code status} 0 for a page that stands for several, which then names none. */
    String page(String kind, int status) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>
                body{margin:0;font-family:system-ui,sans-serif;line-height:1.55;color:#2a2024;background:#fbf8f5}
                main{max-width:36rem;margin:0 auto;padding:2.5rem 1.25rem}
                section+section{margin-top:2rem;padding-top:1.5rem;border-top:1px solid #d9cfc8}
                h1,h2{font-size:1.4rem;line-height:1.3;margin:.25rem 0 .75rem}
                .status{margin:0;color:#5c4a52}
                a{color:#7a2848}
                li{margin:.35rem 0}
                </style>
                </head>
                <body>
                <main>
                """.formatted(escape(text("error." + kind + ".title", LANGUAGES.getFirst()))));
        for (Locale language : LANGUAGES) {
            String heading = language.equals(LANGUAGES.getFirst()) ? "h1" : "h2";
            html.append("<section lang=\"").append(language.getLanguage()).append("\">\n");
            if (status != 0) {
                html.append("<p class=\"status\">").append(escape(text("error.status", language, String.valueOf(status)))).append("</p>\n");
            }
            html.append('<').append(heading).append('>').append(escape(text("error." + kind + ".title", language)))
                    .append("</").append(heading).append(">\n")
                    .append("<p>").append(escape(text("error." + kind + ".text", language))).append("</p>\n")
                    .append("<ul>\n<li><a href=\"/\">").append(escape(text("error.home", language))).append("</a></li>\n")
                    .append("<li><a href=\"/help\">").append(escape(text("footer.help", language))).append("</a></li>\n</ul>\n")
                    .append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    @Override
    public int getOrder() {
        // after Spring Boot's own customizer, whose context customizer adds the valve this one configures
        return Ordered.LOWEST_PRECEDENCE;
    }
}
