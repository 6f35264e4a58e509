package app.temple.quiz.internal;

import app.temple.account.MemberErasureRequested;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 */
@Service
public class PartnerLinks implements app.temple.privacy.PersonalData, app.temple.vault.SealedData {

    public static final Duration LIFETIME = Duration.ofDays(14);
    /** Invitations a member may create in a day: enough for a typo or two, too few to spam. */
    public static final int DAILY_INVITES = 5;
    static final String MEMBER_FIELD = "quiz.partner.member";
    static final String PARTNER_FIELD = "quiz.partner.partner";

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PartnerLinks(JdbcClient jdbc, Vault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /** The state of one comparison, opened for whoever may see it. */
    public record Link(UUID id, UUID member, String quiz, int version, Instant expiresAt, boolean inviteUsed,
                       String memberAnswers, String partnerAnswers, boolean memberReveal, boolean partnerReveal) {
        public boolean bothFinished() {
            return partnerAnswers != null;
        }

        public boolean revealed() {
            return bothFinished() && memberReveal && partnerReveal;
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
     *
     * @return the partner's own secret, for her page to see the comparison or withdraw; empty when the invitation
     * is used, expired or withdrawn
     */
    @Transactional
    public Optional<String> finish(String token, Answers partner) {
        Optional<Link> link = invitation(token);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        String secret = secret();
        int updated = jdbc.sql("""
                update quiz_partner_link set invite_used_at = ?, partner_hash = ?, partner_result = ?
                where id = ? and invite_used_at is null""")
                .params(Timestamp.from(clock.instant()), hash(secret),
                        vault.sealText(link.get().member(), PARTNER_FIELD, seal(partner)), link.get().id())
                .update();
        return updated == 1 ? Optional.of(secret) : Optional.empty();
    }

    public List<Link> of(UUID member) {
        return jdbc.sql(SELECT + " where member_id = ? order by created_at").param(member)
                .query((row, i) -> link(row)).list();
    }

    public Optional<Link> ofMember(UUID member, UUID id) {
        return find("member_id = ? and id = ?", member, id);
    }

    public Optional<Link> ofPartner(String secret) {
        return find("partner_hash = ?", hash(secret));
    }

    public void revealByMember(UUID member, UUID id) {
        jdbc.sql("update quiz_partner_link set member_reveal = true where member_id = ? and id = ?").params(member, id).update();
    }

    public void revealByPartner(String secret) {
        jdbc.sql("update quiz_partner_link set partner_reveal = true where partner_hash = ?").param(hash(secret)).update();
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
        return of(member).stream().map(link -> java.util.Map.of("quiz", link.quiz(), "version", link.version(),
                "expiresAt", link.expiresAt(), "partnerFinished", link.bothFinished(), "myAnswers", link.memberAnswers(),
                "iRevealed", link.memberReveal())).toList();
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
            select id, member_id, quiz_slug, quiz_version, expires_at, invite_used_at, member_result, partner_result,
                   member_reveal, partner_reveal from quiz_partner_link""";

    private Optional<Link> find(String where, Object... params) {
        return jdbc.sql(SELECT + " where " + where).params(params).query((row, i) -> link(row)).optional();
    }

    private Link link(java.sql.ResultSet row) throws java.sql.SQLException {
        UUID member = (UUID) row.getObject("member_id");
        byte[] partner = row.getBytes("partner_result");
        return new Link((UUID) row.getObject("id"), member, row.getString("quiz_slug"), row.getInt("quiz_version"),
                row.getTimestamp("expires_at").toInstant(), row.getTimestamp("invite_used_at") != null,
                vault.openText(member, MEMBER_FIELD, row.getBytes("member_result")),
                partner == null ? null : vault.openText(member, PARTNER_FIELD, partner),
                row.getBoolean("member_reveal"), row.getBoolean("partner_reveal"));
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
