package app.temple.privacy.internal;

import app.temple.account.Accounts;
import app.temple.account.SecretSeal;
import app.temple.privacy.SealedData;
import app.temple.privacy.Vault;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The vault, lent to the account module for its secrets; and those secrets' part in a key rotation. Accounts is
 * looked up late: the account module needs this seal to start.
 */
@Component
class VaultSecretSeal implements SecretSeal, SealedData {

    private final Vault vault;
    private final ObjectProvider<Accounts> accounts;

    VaultSecretSeal(Vault vault, ObjectProvider<Accounts> accounts) {
        this.vault = vault;
        this.accounts = accounts;
    }

    @Override
    public byte[] seal(UUID owner, String field, String secret) {
        return vault.sealText(owner, field, secret);
    }

    @Override
    public String open(UUID owner, String field, byte[] sealed) {
        return vault.openText(owner, field, sealed);
    }

    @Override
    public boolean isCurrent(byte[] sealed) {
        return vault.isCurrent(sealed);
    }

    @Override
    public int reseal(Vault current) {
        return accounts.getObject().resealSecrets();
    }
}
