package app.temple.operations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.sql.SQLException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request that meets the database away gets a short 503 page in her language; other failures are not hidden. */
class DatabaseAwayPageTest {

    private final DatabaseAwayPage filter = new DatabaseAwayPage(new PlainPages(bundles(), new AcceptHeaderLocaleResolver()));

    @Test
    void noConnectionToBeHadAnswersAFriendly503WithoutATrace() throws Exception {
        MockHttpServletResponse response = run("en", new ServletException(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused", "08001"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseAwayPage.RETRY_AFTER_SECONDS);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString()).contains("<h1>Back in a moment</h1>")
                .doesNotContain("Exception", "JDBC", "08001", "refused");
    }

    @Test
    void theServerShuttingDownMidQueryCountsAsAwayAndSpeaksSwedish() throws Exception {
        MockHttpServletResponse response = run("sv", new IllegalStateException("session",
                new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("lang=\"sv\"", "Strax tillbaka").doesNotContain("administrator");
    }

    @Test
    void aRollbackThatFailsBecauseTheConnectionClosedCountsAsAway() throws Exception {
        MockHttpServletResponse response = run("en", new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")));

        assertThat(response.getStatus()).isEqualTo(503);
    }

    /**
     * A member's page whose session is saved as its bytes leave: the page has its length and the output stream, and
     * the save meets the database away before a byte is sent. The 503 page is written all the same, with its own
     * length, and stands alone, with the site's baseline headers (the page's own were reset with it).
     */
    @Test
    void aPageThatFailedAsItWasWrittenStillBecomesThe503Page() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/journal/an-article");
        request.setSecure(true);
        MockHttpServletResponse response = new OneWayToWrite();
        FilterChain writingWhenTheSaveFails = (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Content-Security-Policy", "script-src 'nonce-page'");
            res.setContentLength(39_194);
            res.getOutputStream();
            throw new IllegalStateException("session save",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused", "08001")));
        };

        filter.doFilter(request, response, writingWhenTheSaveFails);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("<h1>Back in a moment</h1>");
        assertThat(response.getContentLength()).isNotEqualTo(39_194);
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Strict-Transport-Security")).as("over HTTPS, as every page").isNotNull();
    }

    @Test
    void aFailureThatIsNotTheDatabaseBeingAwayIsLeftToTheErrorPages() {
        DataIntegrityViolationException broken = new DataIntegrityViolationException("duplicate key");

        assertThatThrownBy(() -> run("en", broken)).isSameAs(broken);
        assertThatThrownBy(() -> run("en", new IllegalStateException("a bug"))).hasMessage("a bug");
    }

    private MockHttpServletResponse run(String language, Exception failure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.addPreferredLocale(Locale.forLanguageTag(language));
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain failing = (req, res) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
        filter.doFilter(request, response, failing);
        return response;
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** As Tomcat's response: a body is written through the stream or the writer, not both, until a reset. */
    private static final class OneWayToWrite extends MockHttpServletResponse {

        private boolean stream;
        private boolean writer;

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            if (writer) {
                throw new IllegalStateException("getWriter() has already been called for this response");
            }
            stream = true;
            return super.getOutputStream();
        }

        @Override
        public java.io.PrintWriter getWriter() throws java.io.UnsupportedEncodingException {
            if (stream) {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
            writer = true;
            return super.getWriter();
        }

        @Override
        public void reset() {
            super.reset();
            stream = false;
            writer = false;
        }
    }
}
