package app.temple.account.internal;

import app.temple.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The accounts, read and written with plain SQL. */
@Repository
class Members {

    private static final String SELECT = """
            select m.*, coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
            from account_member m left join account_role r on r.member_id = m.member_id
            """;

    private final JdbcClient jdbc;
    private final TotpSecrets totpSecrets;

    Members(JdbcClient jdbc, TotpSecrets totpSecrets) {
        this.jdbc = jdbc;
        this.totpSecrets = totpSecrets;
    }

    Optional<Member> byId(UUID id) {
        return jdbc.sql(SELECT + " where m.member_id = ? group by m.member_id").param(id).query(this::map).optional();
    }

    Optional<Member> byEmail(String email) {
        return jdbc.sql(SELECT + " where m.email_key = ? group by m.member_id").param(Member.emailKey(email))
                .query(this::map).optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from account_member where email_key = ?").param(Member.emailKey(email))
                .query(Integer.class).single() > 0;
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from account_role where role = ?").param(role.name()).query(Integer.class).single() > 0;
    }

    void insert(Member member) {
        jdbc.sql("""
                insert into account_member (member_id, email, email_key, display_name, password_hash, locale,
                                            email_verified_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(member.id(), member.email().trim(), Member.emailKey(member.email()), member.displayName(),
                        member.passwordHash(), member.locale().getLanguage(), timestamp(member.emailVerifiedAt()),
                        timestamp(member.createdAt()))
                .update();
        member.roles().forEach(role -> grant(member.id(), role));
    }

    void grant(UUID id, Role role) {
        jdbc.sql("insert into account_role (member_id, role) values (?, ?) on conflict do nothing")
                .params(id, role.name()).update();
    }

    /** Takes a role away; false when she did not hold it. */
    boolean revoke(UUID id, Role role) {
        return jdbc.sql("delete from account_role where member_id = ? and role = ?").params(id, role.name()).update() > 0;
    }

    /**
     * Who holds the role, with their rows locked until the transaction ends: two admins revoking each other's
     * role at once cannot both see another admin left, and leave none.
     */
    List<UUID> lockHoldersOf(Role role) {
        return jdbc.sql("select member_id from account_role where role = ? for update").param(role.name())
                .query(UUID.class).list();
    }

    void markVerified(UUID id, Instant at) {
        jdbc.sql("update account_member set email_verified_at = coalesce(email_verified_at, ?) where member_id = ?")
                .params(timestamp(at), id).update();
    }

    void changePassword(UUID id, String hash) {
        jdbc.sql("update account_member set password_hash = ? where member_id = ?").params(hash, id).update();
    }

    /** Keeps the new address until she confirms it, with the hash of the token sent to that address. */
    void proposeEmail(UUID id, String email, String tokenHash) {
        jdbc.sql("update account_member set pending_email = ?, pending_email_token = ? where member_id = ?")
                .params(email.trim(), tokenHash, id).update();
    }

    /**
     * Moves the pending address into place, if the token is the one sent to that very address and the
     * address is still free; false when the token was sent to another address or it was taken meanwhile.
     */
    boolean confirmPendingEmail(UUID id, String tokenHash) {
        return jdbc.sql("""
                update account_member set email = pending_email, email_key = lower(trim(pending_email)),
                       pending_email = null, pending_email_token = null
                where member_id = ? and pending_email is not null and pending_email_token = ?
                  and not exists (select 1 from account_member other where other.email_key = lower(trim(account_member.pending_email)))
                """).params(id, tokenHash).update() > 0;
    }

    void changeDisplayName(UUID id, String displayName) {
        jdbc.sql("update account_member set display_name = ? where member_id = ?").params(displayName, id).update();
    }

    void changeLocale(UUID id, Locale locale) {
        jdbc.sql("update account_member set locale = ? where member_id = ?").params(locale.getLanguage(), id).update();
    }

    void startTotp(UUID id, String secret) {
        jdbc.sql("update account_member set totp_secret_sealed = ?, totp_secret = null, totp_enabled_at = null where member_id = ?")
                .params(totpSecrets.seal(id, secret), id).update();
    }

    void enableTotp(UUID id, Instant at) {
        jdbc.sql("update account_member set totp_enabled_at = ? where member_id = ? and totp_secret_sealed is not null")
                .params(timestamp(at), id).update();
    }

    /** Records that a code of {@code step} was used; false if one of that step or a later one was used before. */
    boolean useTotpStep(UUID id, long step) {
        return jdbc.sql("update account_member set totp_last_step = ? where member_id = ? and (totp_last_step is null or totp_last_step < ?)")
                .params(step, id, step).update() > 0;
    }

    void disableTotp(UUID id) {
        jdbc.sql("update account_member set totp_secret_sealed = null, totp_secret = null, totp_enabled_at = null, totp_last_step = null where member_id = ?").param(id).update();
        jdbc.sql("delete from account_recovery_code where member_id = ?").param(id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from account_member where member_id = ?").param(id).update();
    }

    List<UUID> withRole(Role role) {
        return jdbc.sql("select member_id from account_role where role = ?").param(role.name()).query(UUID.class).list();
    }

    private Member map(ResultSet row, int index) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) row.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role.toString()));
        }
        return new Member(row.getObject("member_id", UUID.class), row.getString("email"), row.getString("display_name"),
                row.getString("password_hash"), Locale.of(row.getString("locale")), instant(row, "email_verified_at"),
                totpSecret(row), instant(row, "totp_enabled_at"), instant(row, "created_at"), roles);
    }

    /** The clear column is read only until the start-up sealing has emptied it. */
    private String totpSecret(ResultSet row) throws SQLException {
        UUID id = row.getObject("member_id", UUID.class);
        byte[] sealed = row.getBytes("totp_secret_sealed");
        return sealed != null ? totpSecrets.open(id, sealed) : row.getString("totp_secret");
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
