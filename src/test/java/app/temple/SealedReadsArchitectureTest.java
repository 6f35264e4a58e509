package app.temple;

import app.temple.site.SealedCookie;
import app.temple.vault.SealedReads;
import app.temple.vault.Vault;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy rule 5 as a design guard: a module cannot open another member's sealed data without the read landing in
 * her access log.
 * <p>
 * The vault offers two ways to open a value. {@link Vault#open} (and {@code openText}) is for the owner's own reads
 * and records nothing; {@link SealedReads#openTextAs} is for everyone else and publishes the event the privacy module
 * writes to her access log. Which one a caller means cannot be seen in the bytes, and a runtime check on the signed-in
 * member would miss the reads that matter most (the partner has no account; sign-in opens the authenticator secret
 * before anyone is signed in). So every caller of the plain open is named here, method by method, with why it is the
 * owner's own read; a new caller fails this test until it either goes through {@code SealedReads} or is reviewed and
 * added below. A call made inside a lambda has a synthetic method as its origin and fails too, on purpose: the open
 * must sit in a method whose name says whose read it is.
 * <p>
 * {@code PartnerViewAccessLogIntegrationTest} proves the other half: the partner's read does reach the log.
 */
class SealedReadsArchitectureTest {

    /** Each method allowed to call the plain open, and why what it opens is read by (or for) its owner only. */
    static final Map<String, String> OWNERS_READS = Map.ofEntries(
            Map.entry("app.temple.account.internal.TotpSecrets.open",
                    "her own authenticator secret, opened to check the code she typed, or to seal it again"),
            Map.entry("app.temple.privacy.internal.JdbcAccessLog.entry",
                    "her own access log, shown to her on her privacy page or in her export"),
            Map.entry("app.temple.course.internal.Reflections.open",
                    "her own reflections, shown only to her on the lesson and her reflections page, or in her export"),
            Map.entry("app.temple.quiz.internal.QuizResults.open",
                    "her saved quiz results, shown only to her, exported for her, or sealed again"),
            Map.entry("app.temple.quiz.internal.PartnerLinks.openedForMember",
                    "her own comparison: both results are sealed under her id, and she is the one looking"),
            Map.entry("app.temple.booking.internal.BookingService.openForHer",
                    "her own note to a practitioner and her own cancel reason, shown only to her on her session page or in her export"),
            Map.entry("app.temple.booking.internal.DeskNotes.open",
                    "a practitioner's own session notes, shown back only to her who wrote them, or to the client in her export"),
            Map.entry("app.temple.quiz.internal.PartnerLinks.partnersOwnAnswers",
                    "the partner's own answers, shown back to the partner (sealed under the member's id only because the partner has none)"),
            Map.entry("app.temple.account.internal.SignedUpHere.isHere",
                    "the mark her own browser carries from signing up, opened only to see that it is hers; it holds no data"),
            Map.entry("app.temple.quiz.internal.HeldResults.keep",
                    "the result she asked to keep while signing up, opened once to save it for her when she confirms"),
            Map.entry("app.temple.quiz.web.ResultCookie.read",
                    "the visitor's own result, carried in her own browser's cookie and shown back only to that browser"),
            Map.entry("app.temple.site.SealedCookie.openedFromHerBrowser",
                    "what the server sealed into a cookie of her own browser, opened only from that browser's own request; "
                            + "its read and take count as plain opens here, so each module that reads one is listed too"),
            Map.entry("app.temple.quiz.web.ResultsBroughtAlong.signedIn",
                    "the result she brought to sign-in, held in her own session and saved for her once she is signed in"));

    private static final Set<String> PLAIN_OPEN = Set.of("open", "openText");
    /** A sealed cookie opens with the plain open inside; its callers are reviewed as if they called it themselves. */
    private static final Set<String> COOKIE_OPEN = Set.of("read", "take");

    @Test
    void onlyTheOwnersOwnReadsUseThePlainOpen() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.temple");
        Set<String> callers = new TreeSet<>();
        classes.forEach(type -> type.getMethodCallsFromSelf().stream()
                .filter(SealedReadsArchitectureTest::opensPlainly)
                .filter(call -> !call.getOriginOwner().getPackageName().startsWith("app.temple.vault"))
                .forEach(call -> callers.add(call.getOriginOwner().getName() + "." + call.getOrigin().getName())));

        assertThat(callers).as("callers of Vault.open outside the vault; a read by someone else goes through SealedReads")
                .isSubsetOf(OWNERS_READS.keySet());
        assertThat(callers).as("the scan sees the calls it is about").contains("app.temple.quiz.internal.PartnerLinks.openedForMember",
                "app.temple.account.internal.SignedUpHere.isHere", "app.temple.quiz.web.ResultCookie.read");
    }

    private static boolean opensPlainly(JavaMethodCall call) {
        return PLAIN_OPEN.contains(call.getName()) && call.getTargetOwner().isAssignableTo(Vault.class)
                || COOKIE_OPEN.contains(call.getName()) && call.getTargetOwner().isEquivalentTo(SealedCookie.class);
    }
}
