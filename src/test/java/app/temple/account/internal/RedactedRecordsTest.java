package app.temple.account.internal;

import app.temple.account.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Records that hold a secret or what she typed print without it, should one reach a log line. */
class RedactedRecordsTest {

    private static final String EMAIL = "maja@example.com";
    private static final String NAME = "Maja Lind";
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void aMemberPrintsHerIdButNeitherHerAddressNameHashNorAuthenticatorSecret() {
        UUID id = UUID.randomUUID();
        Member member = new Member(id, EMAIL, NAME, HASH, Locale.ENGLISH, Instant.now(), SECRET, Instant.now(),
                Instant.now(), Set.of(Role.MEMBER));

        assertThat(member.toString()).contains(id.toString()).doesNotContain(EMAIL, NAME, HASH, SECRET, "argon2");
    }

    @Test
    void aSignUpFormPrintsNothingSheTyped() {
        String password = "velvet harbour lantern orbit";

        assertThat(new AccountForms.SignUp(EMAIL, NAME, password, "password").toString())
                .doesNotContain(EMAIL, NAME, password, "velvet");
    }

    @Test
    void theAuthenticatorSetupPrintsNeitherSecretNorQrCode() {
        String qr = "data:image/png;base64,iVBORw0KGgo";

        assertThat(new MemberSettings.TotpState(false, SECRET, qr, 0).toString()).doesNotContain(SECRET, qr, "iVBOR");
    }
}
