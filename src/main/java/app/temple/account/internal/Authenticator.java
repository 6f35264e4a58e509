package app.temple.account.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Codes from an authenticator app (TOTP, RFC 6238) and the recovery codes that stand in for a lost phone.
 * The app shows a neutral issuer name by default, so a glance at her phone says nothing about Temple.
 */
@Component
class Authenticator {

    private static final int PERIOD_SECONDS = 30;

    private final Members members;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final String issuer;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator();
    private final CredentialChanges changes;
    private final RecoveryCodes recoveryCodes;

    Authenticator(Members members, SecurityLog securityLog, Clock clock, @Value("${temple.totp.issuer}") String issuer,
                  CredentialChanges changes, RecoveryCodes recoveryCodes) {
        this.members = members;
        this.securityLog = securityLog;
        this.clock = clock;
        this.issuer = issuer;
        this.changes = changes;
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

    /**
     * Turns the app on once she proves it works; returns the recovery codes, shown to her only now. An app that is
     * on already is not enrolled again: that would let a code from it replace her recovery codes unseen.
     */
    @Transactional
    List<String> enable(Member member, String code) {
        if (member.hasTotp() || member.totpSecret() == null || !freshCode(member, code)) {
            return List.of();
        }
        members.enableTotp(member.id(), clock.instant());
        changes.changed(member.id(), SecurityLog.Kind.TOTP_ENABLED, CredentialChanges.Change.SECOND_FACTOR);
        return recoveryCodes.renew(member.id());
    }

    @Transactional
    void disable(UUID member) {
        members.disableTotp(member);
        changes.changed(member, SecurityLog.Kind.TOTP_DISABLED, CredentialChanges.Change.SECOND_FACTOR);
    }

    /** New recovery codes for an app that is on; the old ones stop working. Empty if the app is off. */
    @Transactional
    List<String> renewRecoveryCodes(Member member) {
        if (!member.hasTotp()) {
            return List.of();
        }
        changes.changed(member.id(), SecurityLog.Kind.RECOVERY_CODES_RENEWED, CredentialChanges.Change.SECOND_FACTOR);
        return recoveryCodes.renew(member.id());
    }

    /** Whether the code from her app, or one unused recovery code (then used up), is right. */
    @Transactional
    boolean check(Member member, String code) {
        if (member.hasTotp() && freshCode(member, code)) {
            return true;
        }
        if (recoveryCodes.use(member.id(), code)) {
            securityLog.record(member.id(), SecurityLog.Kind.RECOVERY_CODE_USED);
            return true;
        }
        securityLog.record(member.id(), SecurityLog.Kind.TOTP_FAILED);
        return false;
    }

    /**
     * Whether {@code code} is her app's code for this 30-second step or a neighbouring one (clocks drift), and no
     * code of that step or a later one was used before: each code works once.
     */
    private boolean freshCode(Member member, String code) {
        String given = digits(code);
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (matches(member.totpSecret(), step, given)) {
                return members.useTotpStep(member.id(), step);
            }
        }
        return false;
    }

    private boolean matches(String secret, long step, String given) {
        try {
            return MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII));
        } catch (CodeGenerationException unusableSecret) {
            return false;
        }
    }

    int unusedRecoveryCodes(UUID member) {
        return recoveryCodes.unused(member);
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /** What the enrolment page shows: the secret for typing in, the QR code and the otpauth link. */
    record Enrolment(String secret, String qrDataUri, String uri) {
        @Override
        public String toString() {
            return "Enrolment[secret and codes redacted]";
        }
    }
}
