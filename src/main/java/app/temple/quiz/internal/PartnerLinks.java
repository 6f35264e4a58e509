package app.temple.quiz.internal;

import app.temple.account.MemberErasureRequested;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import app.temple.vault.Reader;
import app.temple.vault.SealedReads;
import app.temple.vault.Vault;
import org.apache.commons.codec.digest.DigestUtils;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner comparisons: a member invites her partner with a single-use link that expires after 14 days; the partner
 * takes the quiz without an account and gets a second secret link of her own; the comparison is shown to each only
 * when both have finished and both chose to reveal; either may withdraw, which deletes everything shared.
 * <p>
 * The partner's own link works for {@link #VIEW_LIFETIME} after the later of her finishing and the last reveal by
 * either of them; after that it shows the "gone" page. The member's side, under her account, does not expire.
 * Whenever the partner's page shows the member's result, the read goes through {@link SealedReads}, so it is written
 * to the member's access log.
 */
@Service
public class PartnerLinks implements app.temple.privacy.PersonalData, app.temple.vault.SealedData {

    public static final Duration LIFETIME = Duration.ofDays(14);
    /**
     * How long the partner's own link works after she finished or after the last reveal: long enough to come back to
     * a conversation, short enough that a forgotten link in an old chat does not open the comparison for ever.
     */
    public static final Duration VIEW_LIFETIME = Duration.ofDays(90);
    /** The role the member's access log names the partner by. */
    static final String PARTNER_ROLE = "partner";
    /** Invitations a member may create in a day: enough for a typo or two, too few to spam. */
    public static final int DAILY_INVITES = 5;
    static final String MEMBER_FIELD = "quiz.partner.member";
    static final String PARTNER_FIELD = "quiz.partner.partner";

    private final JdbcClient jdbc;
    private final Vault vault;
    private final SealedReads sealedReads;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PartnerLinks(JdbcClient jdbc, Vault vault, SealedReads sealedReads, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.sealedReads = sealedReads;
        this.clock = clock;
    }

    /**
     * The state of one comparison, without either result.
     *
     * @param partnerViewUntil until when the partner's own link works; null until she has finished
     */
    public record Link(UUID id, UUID member, String quiz, int version, Instant expiresAt, boolean bothFinished,
                       boolean memberReveal, boolean partnerReveal, Instant partnerViewUntil) {

        public boolean revealed() {
            return bothFinished && memberReveal && partnerReveal;
        }
    }

    /**
     * A comparison opened for one of the two, with the results she may see, as sealed by {@link #seal}.
     *
     * @param memberAnswers  the member's result; null on the partner's side until both revealed
     * @param partnerAnswers the partner's result; null until she has finished
     */
    public record Opened(Link link, String memberAnswers, String partnerAnswers) {

        /** Never the answers: this may end up in a log line. */
        @Override
        public String toString() {
            return "Opened[" + link.id() + ", member " + (memberAnswers == null ? "closed" : "[redacted]")
                    + ", partner " + (partnerAnswers == null ? "closed" : "[redacted]") + "]";
        }
    }

    /**
     * Creates an invitation holding her own result.
     *
     * @return the invitation's secret token, shown to her once; empty when she has reached the daily limit
     */
    @Transactional
    public Optional<String> invite(UUID member, QuizDefinition quiz, Answers answers) {
        Instant now = clock.instant();
        int today = jdbc.sql("select count(*) from quiz_partner_link where member_id = ? and created_at > ?")
                .params(member, Timestamp.from(now.minus(Duration.ofDays(1)))).query(Integer.class).single();
        if (today >= DAILY_INVITES) {
            return Optional.empty();
        }
        String token = secret();
        jdbc.sql("""
                insert into quiz_partner_link (id, member_id, quiz_slug, quiz_version, invite_hash, created_at, expires_at,
                    member_result) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), member, quiz.slug(), quiz.version(), hash(token),
                        Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)),
                        vault.sealText(member, MEMBER_FIELD, seal(answers)))
                .update();
        return Optional.of(token);
    }

    /** The open invitation behind a token: unused and not expired. */
    public Optional<Link> invitation(String token) {
        return find("invite_hash = ? and invite_used_at is null and expires_at > ?", hash(token),
                Timestamp.from(clock.instant()));
    }

    /**
     * The partner finishes: her result is stored (sealed for the inviting member) and the invitation is used up.
     * Her answers are stored only for the quiz and version the invitation was made for, so the comparison always
     * scores both results with the same quiz.
     *
     * @param quiz the quiz she answered; must be the invitation's quiz in the invitation's version
     * @return the partner's own secret, for her page to see the comparison or withdraw; empty when the invitation
     * is used, expired or withdrawn
     * @throws IllegalArgumentException when {@code quiz} is not the invitation's, or the answers do not fit it;
     *                                  nothing is stored then
     */
    @Transactional
    public Optional<String> finish(String token, QuizDefinition quiz, Answers partner) {
        Optional<Link> link = invitation(token);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        if (!isFor(link.get(), quiz) || partner.items().length != quiz.items().size()) {
            throw new IllegalArgumentException("the answers are not for the quiz of this invitation");
        }
        String secret = secret();
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update quiz_partner_link set invite_used_at = ?, partner_hash = ?, partner_result = ?,
                    partner_view_until = ?
                where id = ? and invite_used_at is null""")
                .params(Timestamp.from(now), hash(secret),
                        vault.sealText(link.get().member(), PARTNER_FIELD, seal(partner)),
                        Timestamp.from(now.plus(VIEW_LIFETIME)), link.get().id())
                .update();
        return updated == 1 ? Optional.of(secret) : Optional.empty();
    }

    /** Whether {@code quiz} is the quiz, in the version, that {@code link} was made for. */
    public static boolean isFor(Link link, QuizDefinition quiz) {
        return link.quiz().equals(quiz.slug()) && link.version() == quiz.version();
    }

    public List<Link> of(UUID member) {
        return rows("member_id = ? order by created_at", member).stream().map(Row::link).toList();
    }

    /** One of her comparisons, opened for her: her own result and her partner's, both sealed under her id. */
    public Optional<Opened> openForMember(UUID member, UUID id) {
        return rows("member_id = ? and id = ?", member, id).stream().findFirst().map(this::openedForMember);
    }

    /**
     * The comparison behind the partner's own link, opened for her: her own result, and the member's only once both
     * revealed (that read is written to the member's access log). Empty when withdrawn, or when her link has
     * expired ({@link #VIEW_LIFETIME}).
     */
    public Optional<Opened> openForPartner(String secret) {
        return rows("partner_hash = ? and partner_view_until > ?", hash(secret), Timestamp.from(clock.instant()))
                .stream().findFirst()
                .map(row -> new Opened(row.link(), row.link().revealed() ? membersResultForPartner(row) : null,
                        partnersOwnAnswers(row)));
    }

    /**
     * The comparison behind the partner's own link, without opening either result (so nothing is read or logged):
     * enough to name its quiz. Empty when withdrawn or expired, as {@link #openForPartner} would be.
     */
    public Optional<Link> ofPartner(String secret) {
        return rows("partner_hash = ? and partner_view_until > ?", hash(secret), Timestamp.from(clock.instant()))
                .stream().findFirst().map(Row::link);
    }

    /**
     * Her choice to show the comparison; a reveal keeps the partner's link working for another while. False when
     * she has no such comparison.
     */
    public boolean revealByMember(UUID member, UUID id) {
        return jdbc.sql("""
                update quiz_partner_link set member_reveal = true,
                    partner_view_until = case when partner_view_until is null then null else greatest(partner_view_until, ?) end
                where member_id = ? and id = ?""")
                .params(Timestamp.from(clock.instant().plus(VIEW_LIFETIME)), member, id).update() > 0;
    }

    /** The partner's choice to show the comparison; refused once her link has expired. */
    public void revealByPartner(String secret) {
        Instant now = clock.instant();
        jdbc.sql("""
                update quiz_partner_link set partner_reveal = true, partner_view_until = greatest(partner_view_until, ?)
                where partner_hash = ? and partner_view_until > ?""")
                .params(Timestamp.from(now.plus(VIEW_LIFETIME)), hash(secret), Timestamp.from(now)).update();
    }

    /** Withdrawal by either deletes the comparison and both results in it. */
    public boolean withdrawByMember(UUID member, UUID id) {
        return jdbc.sql("delete from quiz_partner_link where member_id = ? and id = ?").params(member, id).update() > 0;
    }

    public boolean withdrawByPartner(String secret) {
        return jdbc.sql("delete from quiz_partner_link where partner_hash = ?").param(hash(secret)).update() > 0;
    }

    /**
     * Deletes the invitations nobody took up before they expired, and with each the member's sealed result it
     * carried. A used invitation has become a comparison, which lives until one of the two withdraws it; a withdrawn
     * one was deleted the moment it was withdrawn.
     *
     * @return how many were deleted
     */
    public int deleteExpiredUnused(Instant now) {
        return jdbc.sql("delete from quiz_partner_link where invite_used_at is null and expires_at <= ?")
                .param(Timestamp.from(now)).update();
    }

    /** Both sealed results of every comparison move to the vault's primary key after a key rotation. */
    @Override
    public int reseal(Vault current) {
        record Row(UUID id, UUID member, byte[] mine, byte[] partner) {
        }
        List<Row> rows = jdbc.sql("select id, member_id, member_result, partner_result from quiz_partner_link")
                .query((row, i) -> new Row((UUID) row.getObject("id"), (UUID) row.getObject("member_id"),
                        row.getBytes("member_result"), row.getBytes("partner_result")))
                .list();
        int count = 0;
        for (Row row : rows) {
            if (!current.isCurrent(row.mine())) {
                jdbc.sql("update quiz_partner_link set member_result = ? where id = ?")
                        .params(current.reseal(row.member(), MEMBER_FIELD, row.mine()), row.id()).update();
                count++;
            }
            if (row.partner() != null && !current.isCurrent(row.partner())) {
                jdbc.sql("update quiz_partner_link set partner_result = ? where id = ?")
                        .params(current.reseal(row.member(), PARTNER_FIELD, row.partner()), row.id()).update();
                count++;
            }
        }
        return count;
    }

    @Override
    public String section() {
        return "quizPartnerComparisons";
    }

    /** Her invitations and her own answers in them; her partner's answers are the partner's, not hers to export. */
    @Override
    public Object exportFor(UUID member) {
        return rows("member_id = ? order by created_at", member).stream().map(this::openedForMember)
                .map(opened -> java.util.Map.of("quiz", opened.link().quiz(), "version", opened.link().version(),
                        "expiresAt", opened.link().expiresAt(), "partnerFinished", opened.link().bothFinished(),
                        "myAnswers", opened.memberAnswers(), "iRevealed", opened.link().memberReveal()))
                .toList();
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from quiz_partner_link where member_id = ?").param(erasure.memberId()).update();
    }

    /** Opens a stored result's answers back into the form the quiz scores. */
    public static Answers answers(QuizDefinition quiz, String sealedForm) {
        String[] parts = sealedForm.split("\\|", -1);
        return Answers.decode(quiz, parts[0], parts[1], parts[2]);
    }

    private static String seal(Answers answers) {
        return answers.encoded() + "|" + (answers.relationship() == null ? "" : answers.relationship()) + "|"
                + (answers.safety() == null ? "" : answers.safety());
    }

    private static final String SELECT = """
            select id, member_id, quiz_slug, quiz_version, expires_at, partner_view_until, member_result,
                   partner_result, member_reveal, partner_reveal from quiz_partner_link""";

    /** A row as stored: the comparison's state, and both results still sealed. */
    private record Row(Link link, byte[] memberSealed, byte[] partnerSealed) {

        @Override
        public String toString() {
            return "Row[" + link + ", results sealed]";
        }
    }

    private Optional<Link> find(String where, Object... params) {
        return rows(where, params).stream().findFirst().map(Row::link);
    }

    private List<Row> rows(String where, Object... params) {
        return jdbc.sql(SELECT + " where " + where).params(params).query((row, i) -> row(row)).list();
    }

    private static Row row(java.sql.ResultSet row) throws java.sql.SQLException {
        byte[] partner = row.getBytes("partner_result");
        Timestamp viewUntil = row.getTimestamp("partner_view_until");
        Link link = new Link((UUID) row.getObject("id"), (UUID) row.getObject("member_id"), row.getString("quiz_slug"),
                row.getInt("quiz_version"), row.getTimestamp("expires_at").toInstant(), partner != null,
                row.getBoolean("member_reveal"), row.getBoolean("partner_reveal"),
                viewUntil == null ? null : viewUntil.toInstant());
        return new Row(link, row.getBytes("member_result"), partner);
    }

    /** The member reads her own comparison: both results are sealed under her id, and she is the one looking. */
    private Opened openedForMember(Row row) {
        UUID member = row.link().member();
        String mine = vault.openText(member, MEMBER_FIELD, row.memberSealed());
        String theirs = row.partnerSealed() == null ? null : vault.openText(member, PARTNER_FIELD, row.partnerSealed());
        return new Opened(row.link(), mine, theirs);
    }

    /**
     * The partner reads back her own answers. They are sealed under the member's id (the partner has none), but they
     * are what the partner herself typed, so this is not a read of the member's data.
     */
    private String partnersOwnAnswers(Row row) {
        return vault.openText(row.link().member(), PARTNER_FIELD, row.partnerSealed());
    }

    /** The partner reads the member's result: someone else's data, so it is recorded in the member's access log. */
    private String membersResultForPartner(Row row) {
        return sealedReads.openTextAs(new Reader(row.link().id(), PARTNER_ROLE), row.link().member(), MEMBER_FIELD,
                row.memberSealed());
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return DigestUtils.sha256Hex(secret);
    }
}
