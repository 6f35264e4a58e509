package app.temple.account.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Codes from an authenticator app (TOTP, RFC 6238) and the recovery codes that stand in for a lost phone.
 * The app shows a neutral issuer name by default, so a glance at her phone says nothing about Temple.
 */
@Component
class Authenticator {

    private final Members members;
    private final JdbcClient jdbc;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final String issuer;
    private final DefaultCodeVerifier verifier;
    private final RecoveryCodes recoveryCodes;

    Authenticator(Members members, JdbcClient jdbc, SecurityLog securityLog, Clock clock,
                  @Value("${temple.totp.issuer}") String issuer, RecoveryCodes recoveryCodes) {
        this.members = members;
        this.jdbc = jdbc;
        this.securityLog = securityLog;
        this.clock = clock;
        this.issuer = issuer;
        this.verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), () -> clock.instant().getEpochSecond());
        this.verifier.setAllowedTimePeriodDiscrepancy(1);
        this.recoveryCodes = recoveryCodes;
    }

    /** Starts enrolment with a fresh secret; returns what the page shows to set up the app. */
    Enrolment start(Member member) {
        String secret = new DefaultSecretGenerator(32).generate();
        members.startTotp(member.id(), secret);
        return enrolment(secret);
    }

    Enrolment enrolment(String secret) {
        QrData data = new QrData.Builder().label(issuer).secret(secret).issuer(issuer).digits(6).period(30).build();
        try {
            byte[] png = new ZxingPngQrGenerator().generate(data);
            return new Enrolment(secret, Utils.getDataUriForImage(png, "image/png"), data.getUri());
        } catch (QrGenerationException e) {
            return new Enrolment(secret, null, data.getUri());
        }
    }

    /** Turns the app on once she proves it works; returns the recovery codes, shown to her only now. */
    @Transactional
    List<String> enable(Member member, String code) {
        if (member.totpSecret() == null || !verifier.isValidCode(member.totpSecret(), digits(code))) {
            return List.of();
        }
        members.enableTotp(member.id(), clock.instant());
        securityLog.record(member.id(), SecurityLog.Kind.TOTP_ENABLED);
        return recoveryCodes.renew(member.id());
    }

    @Transactional
    void disable(UUID member) {
        members.disableTotp(member);
        securityLog.record(member, SecurityLog.Kind.TOTP_DISABLED);
    }

    /** Whether the code from her app, or one unused recovery code (then used up), is right. */
    @Transactional
    boolean check(Member member, String code) {
        if (member.hasTotp() && verifier.isValidCode(member.totpSecret(), digits(code))) {
            return true;
        }
        if (recoveryCodes.use(member.id(), code)) {
            securityLog.record(member.id(), SecurityLog.Kind.RECOVERY_CODE_USED);
            return true;
        }
        securityLog.record(member.id(), SecurityLog.Kind.TOTP_FAILED);
        return false;
    }

    int unusedRecoveryCodes(UUID member) {
        return recoveryCodes.unused(member);
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /** What the enrolment page shows: the secret for typing in, the QR code and the otpauth link. */
    record Enrolment(String secret, String qrDataUri, String uri) {
    }
}
