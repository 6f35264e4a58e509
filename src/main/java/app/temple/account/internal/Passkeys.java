package app.temple.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member's passkeys, in PostgreSQL so that every node knows them. The relying party is the public
 * address's host; its name, shown by the phone or password manager, is neutral by default.
 */
@Component
class Passkeys {

    private final JdbcClient jdbc;

    Passkeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A passkey as her settings page lists it. */
    record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    List<Passkey> of(UUID member) {
        return jdbc.sql("""
                        select c.credential_id, c.label, c.created, c.last_used from user_credentials c
                        join user_entities u on u.id = c.user_entity_user_id where u.name = ? order by c.created
                        """)
                .param(member.toString())
                .query((row, i) -> new Passkey(row.getString("credential_id"), row.getString("label"),
                        instant(row.getTimestamp("created")), instant(row.getTimestamp("last_used"))))
                .list();
    }

    boolean delete(UUID member, String credentialId) {
        return jdbc.sql("""
                        delete from user_credentials c using user_entities u
                        where u.id = c.user_entity_user_id and u.name = ? and c.credential_id = ?
                        """)
                .params(member.toString(), credentialId).update() > 0;
    }

    void deleteAll(UUID member) {
        jdbc.sql("delete from user_entities where name = ?").param(member.toString()).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Configuration(proxyBeanMethods = false)
    static class Repositories {

        @Bean
        UserCredentialRepository userCredentialRepository(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
                                                          CredentialChanges changes) {
            return new LoggedCredentials(new JdbcUserCredentialRepository(jdbc), users, changes);
        }

        @Bean
        PublicKeyCredentialUserEntityRepository userEntityRepository(JdbcOperations jdbc) {
            return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        }

        /**
         * Spring's relying party, asking every authenticator to verify the user (PIN or biometrics): a passkey then
         * counts as two factors, so one that skipped verification must not sign anyone in. Discoverable credentials
         * are required because the sign-in button names no account.
         */
        @Bean
        WebAuthnRelyingPartyOperations relyingPartyOperations(PublicKeyCredentialUserEntityRepository users,
                                                              UserCredentialRepository credentials, RelyingParty party) {
            Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(users, credentials,
                    PublicKeyCredentialRpEntity.builder().id(party.id()).name(party.name()).build(), Set.of(party.origin()));
            operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                    .userVerification(UserVerificationRequirement.REQUIRED).residentKey(ResidentKeyRequirement.REQUIRED).build()));
            operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            return operations;
        }

        @Bean
        RelyingParty relyingParty(@Value("${temple.public-url}") String publicUrl, @Value("${temple.totp.issuer}") String name) {
            URI address = URI.create(publicUrl);
            String origin = address.getScheme() + "://" + address.getHost() + (address.getPort() > 0 ? ":" + address.getPort() : "");
            return new RelyingParty(address.getHost(), name, origin);
        }
    }

    /** Who the passkeys are for: the host, the name shown to her, and the one origin allowed to use them. */
    record RelyingParty(String id, String name, String origin) {
    }
}
