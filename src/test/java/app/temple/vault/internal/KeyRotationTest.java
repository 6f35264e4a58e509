package app.temple.vault.internal;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** New writes use the primary key; data under an older key of the keyset stays readable until resealed. */
class KeyRotationTest {

    private static final String NOTES = "booking.notes";

    private final UUID her = UUID.randomUUID();
    private final MasterKeyset keyA = MasterKeyset.generate();
    private final MasterKeyset keyAandB = keyA.withFreshPrimary();
    private final EnvelopeVault vaultA = new EnvelopeVault(keyA);
    private final EnvelopeVault vaultB = new EnvelopeVault(keyAandB);

    @Test
    void theRotatedKeysetHasANewPrimaryAndKeepsTheOldKey() {
        assertThat(keyAandB.size()).isEqualTo(2);
        assertThat(keyAandB.primaryId()).isNotEqualTo(keyA.primaryId());
    }

    @Test
    void oldValuesStillOpenAfterTheRotation() {
        byte[] underA = vaultA.sealText(her, NOTES, "before");

        assertThat(vaultB.openText(her, NOTES, underA)).isEqualTo("before");
        assertThat(keyIdOf(underA)).isEqualTo(keyA.primaryId());
    }

    @Test
    void newValuesAreSealedUnderTheNewKey() {
        byte[] underB = vaultB.sealText(her, NOTES, "after");

        assertThat(keyIdOf(underB)).isEqualTo(keyAandB.primaryId());
        assertThat(vaultB.isCurrent(underB)).isTrue();
        assertThatThrownBy(() -> vaultA.open(her, NOTES, underB)).as("the old keyset does not know key B")
                .isInstanceOf(app.temple.vault.VaultException.class);
    }

    @Test
    void resealingMovesAnOldValueToTheNewKey() {
        byte[] underA = vaultA.sealText(her, NOTES, "before");
        assertThat(vaultB.isCurrent(underA)).isFalse();

        byte[] resealed = vaultB.reseal(her, NOTES, underA);

        assertThat(vaultB.isCurrent(resealed)).isTrue();
        assertThat(keyIdOf(resealed)).isEqualTo(keyAandB.primaryId());
        assertThat(vaultB.openText(her, NOTES, resealed)).isEqualTo("before");
    }

    @Test
    void theRotatedKeysetSurvivesItsJsonForm() {
        MasterKeyset again = MasterKeyset.parse(keyAandB.toJson(), "test");

        assertThat(again.primaryId()).isEqualTo(keyAandB.primaryId());
        assertThat(new EnvelopeVault(again).openText(her, NOTES, vaultA.sealText(her, NOTES, "x"))).isEqualTo("x");
    }

    /** Tink's output prefix: 0x01, then the four-byte id of the key that wrapped the data key. */
    private static int keyIdOf(byte[] sealed) {
        byte[] wrappedKey = SealedBlob.parse(sealed).wrappedKey();
        assertThat(wrappedKey[0]).isEqualTo((byte) 1);
        return ByteBuffer.wrap(wrappedKey, 1, 4).getInt();
    }
}
