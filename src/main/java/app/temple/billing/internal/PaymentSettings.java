package app.temple.billing.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The payment provider's settings ({@code temple.payments.*}). Without a secret key and a webhook signing secret there
 * is no provider: prices show as "arranged with us" and admins grant access by hand, which is the default.
 *
 * @param apiBase             the provider's API address; tests point it at a local stand-in
 * @param statementDescriptor what her bank statement shows after the account's own descriptor; neutral by default
 * @param receiptWording      the only name the provider's checkout page and receipt show for what she bought
 * @param sendEmail           whether the provider may be given her email address (for its receipt); off by default
 * @param vat                 how prices are shown: {@code included}, {@code excluded} or {@code none}
 */
@Component
public record PaymentSettings(String secretKey, String webhookSecret, String apiBase, String statementDescriptor,
                              String receiptWording, boolean sendEmail, String vat, int vatRate) {

    public PaymentSettings(@Value("${temple.payments.secret-key:}") String secretKey,
                           @Value("${temple.payments.webhook-secret:}") String webhookSecret,
                           @Value("${temple.payments.api-base:https://api.stripe.com}") String apiBase,
                           @Value("${temple.payments.statement-descriptor:SERVICES}") String statementDescriptor,
                           @Value("${temple.payments.receipt-wording:Online services}") String receiptWording,
                           @Value("${temple.payments.send-email:false}") boolean sendEmail,
                           @Value("${temple.payments.vat:included}") String vat,
                           @Value("${temple.payments.vat-rate:25}") int vatRate) {
        this.secretKey = secretKey == null ? "" : secretKey.strip();
        this.webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        this.apiBase = apiBase;
        this.statementDescriptor = statementDescriptor;
        this.receiptWording = receiptWording;
        this.sendEmail = sendEmail;
        this.vat = switch (vat == null ? "" : vat.strip()) {
            case "excluded" -> "excluded";
            case "none" -> "none";
            default -> "included";
        };
        this.vatRate = vatRate;
    }

    /** Whether a provider is set up: checkout needs the key, and nothing may be granted without verified webhooks. */
    public boolean configured() {
        return !secretKey.isEmpty() && !webhookSecret.isEmpty();
    }

    /** Keeps the secrets out of logs and error pages. */
    @Override
    public String toString() {
        return "PaymentSettings[configured=" + configured() + ", apiBase=" + apiBase + "]";
    }
}
