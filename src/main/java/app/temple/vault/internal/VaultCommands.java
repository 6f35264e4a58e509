package app.temple.vault.internal;

import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Runs a {@link VaultCommand} after the start and then exits: 0 when it succeeded; a failure stops the start
 * with its reason and a non-zero status. Without a command it does nothing and the platform serves.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class VaultCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VaultCommands.class);

    private final Environment environment;
    private final MasterKeysetSource source;
    private final MasterKeyset keyset;
    private final Vault vault;
    private final List<SealedData> sealedData;
    private final ConfigurableApplicationContext context;

    VaultCommands(Environment environment, MasterKeysetSource source, MasterKeyset keyset, Vault vault,
                  List<SealedData> sealedData, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.source = source;
        this.keyset = keyset;
        this.vault = vault;
        this.sealedData = sealedData;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        VaultCommand.of(environment).ifPresent(command -> {
            execute(command);
            System.exit(SpringApplication.exit(context, () -> 0));
        });
    }

    void execute(VaultCommand command) {
        switch (command) {
            case VaultCommand.Rotate rotate -> rotate(rotate);
            case VaultCommand.Reencrypt reencrypt -> reencrypt();
        }
    }

    /**
     * Writes the configured keyset plus a fresh primary key. Without a configured keyset it writes a keyset of
     * the fresh key alone: the first real keyset must not carry the development key along.
     */
    private void rotate(VaultCommand.Rotate command) {
        MasterKeyset rotated = source.isDevelopment() ? MasterKeyset.generate() : keyset.withFreshPrimary();
        KeysetFiles.writeNew(command.target(), rotated.toJson());
        log.info("Wrote a master keyset of {} key(s) to {}; key {} is its new primary. Next: point "
                        + "TEMPLE_MASTER_KEYSET_FILE at it (or TEMPLE_MASTER_KEYSET at its contents), restart every node, "
                        + "then run --{} to move existing data to the new key.",
                rotated.size(), command.target().toAbsolutePath(), Integer.toUnsignedString(rotated.primaryId()),
                VaultCommand.REENCRYPT);
    }

    private void reencrypt() {
        int total = 0;
        for (SealedData data : sealedData) {
            int resealed = data.reseal(vault);
            log.info("Sealed {} value(s) of {} again under key {}", resealed,
                    AopUtils.getTargetClass(data).getSimpleName(), Integer.toUnsignedString(keyset.primaryId()));
            total += resealed;
        }
        log.info("Re-encryption done: {} value(s) moved to key {}", total, Integer.toUnsignedString(keyset.primaryId()));
    }
}
