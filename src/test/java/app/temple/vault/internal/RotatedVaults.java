package app.temple.vault.internal;

import app.temple.vault.Vault;
import org.springframework.context.ApplicationContext;

/** For other modules' tests: a vault whose keyset is the running one's with a fresh primary key, as after a rotation. */
public final class RotatedVaults {

    private RotatedVaults() {
    }

    public static Vault of(ApplicationContext running) {
        return new EnvelopeVault(running.getBean(MasterKeyset.class).withFreshPrimary());
    }
}
