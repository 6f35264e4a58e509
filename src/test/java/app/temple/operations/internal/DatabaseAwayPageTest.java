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
}
