package app.temple.billing.web;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant as the admin's list shows it, in Stockholm days.
 *
 * @param email null when the account can no longer be found
 * @param lastDay the last day it holds; null for no end
 * @param state revoked, ended, scheduled or active
 */
public record GrantRow(UUID id, String email, String scope, LocalDate firstDay, LocalDate lastDay, String source,
                       String state) {

    public boolean revocable() {
        return !state.equals("revoked");
    }
}
