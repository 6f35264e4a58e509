package app.temple.course;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many requests of one member at once, more than the database pool has connections. Found by the benchmark: the
 * course query read its modules from inside its own row mapper, so each request held one connection while waiting
 * for a second, and sixteen simultaneous readers held the whole pool waiting for one another until every request
 * failed. Every page a signed-in member reads must keep answering under that load.
 */
@TempleIntegrationTest
class ConcurrentReadersIntegrationTest {

    private static final int READERS = 48;
    private static final List<String> PAGES = List.of("/courses", "/courses/foundation", "/courses/foundation/f2-2",
            "/account", "/account/reflections", "/journal", "/quizzes");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;

    @Test
    @Timeout(120)
    void moreSimultaneousReadersThanPooledConnectionsAreAllAnswered() throws Exception {
        Visitor member = CourseFixtures.memberWithFoundation(port, outbox, jdbc, grants, "many-readers");
        for (String page : PAGES) {
            try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Integer>> answers = IntStream.range(0, READERS)
                        .mapToObj(i -> readers.submit(() -> member.get(page).statusCode())).toList();
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get()).as(page).isEqualTo(200);
                }
            }
        }
    }
}
