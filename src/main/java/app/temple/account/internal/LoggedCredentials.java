package app.temple.account.internal;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import java.util.List;
import java.util.UUID;

/**
 * Passkeys as Spring Security stores them; a new one is a change to how she signs in ({@link CredentialChanges}). Spring saves a passkey
 * again after every sign-in with it (to count its uses), so only a passkey not stored before counts as added.
 */
final class LoggedCredentials implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository users;
    private final CredentialChanges changes;

    LoggedCredentials(UserCredentialRepository stored, PublicKeyCredentialUserEntityRepository users, CredentialChanges changes) {
        this.stored = stored;
        this.users = users;
        this.changes = changes;
    }

    @Override
    public void save(CredentialRecord credential) {
        boolean added = stored.findByCredentialId(credential.getCredentialId()) == null;
        stored.save(credential);
        UUID member = memberOf(credential.getUserEntityUserId());
        if (added && member != null) {
            changes.changed(member, SecurityLog.Kind.PASSKEY_ADDED, CredentialChanges.Change.PASSKEY);
        }
    }

    /** Spring names her passkey identity after the signed-in principal, which is her member id; null if it is not one. */
    private UUID memberOf(Bytes userEntityId) {
        PublicKeyCredentialUserEntity user = users.findById(userEntityId);
        try {
            return user == null ? null : UUID.fromString(user.getName());
        } catch (IllegalArgumentException notAMember) {
            return null;
        }
    }

    @Override
    public void delete(Bytes credentialId) {
        stored.delete(credentialId);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }
}
