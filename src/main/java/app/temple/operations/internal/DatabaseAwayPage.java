package app.temple.operations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * While the database is out of reach, a page answers a short 503 "back in a moment" with {@code Retry-After},
 * instead of the 500 "something went wrong" an unreachable database would otherwise turn into. It stands before
 * everything that reads the database (the session, security, the pages), because the session is the first to fail.
 * A failure that is not the database being away (a bad query, a broken constraint) is left to the error pages.
 * Nothing a member sent is kept half: the request's transaction never began or was rolled back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseAwayPage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayPage.class);

    private final PlainPages pages;

    DatabaseAwayPage(PlainPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!databaseAway(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database is out of reach; answered 503: {}", rootMessage(failure));
            // everything, not only the buffer: a page that failed as it was written (the session saved as its bytes
            // left) has taken the output stream and set its own length, and the 503 page is written otherwise
            response.reset();
            pages.unavailable(request, response, "operations.database-away", RETRY_AFTER_SECONDS);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Whether a failure, or anything that caused it, says the database could not be reached or went away. */
    static boolean databaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
                    // a commit or rollback that failed in the driver: the connection broke under the transaction
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            // SQL states 08 (connection exception) and 57P01-57P03 (the server shutting down or not yet accepting)
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
