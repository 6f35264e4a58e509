package app.temple.billing.web;

import app.temple.billing.SessionDetails;
import app.temple.billing.internal.PaymentsLedger;
import app.temple.billing.internal.PurchaseState;

import java.time.Instant;

/**
 * One payment as the admin's list shows it.
 *
 * @param session the practitioner and time of the session it pays for; null for anything else, or a session the
 *                sessions module no longer knows
 */
public record PaymentRow(PaymentsLedger.Entry entry, SessionDetails.Details session) {

    /** The day it is listed under: when it was paid, or, unpaid, when the checkout began. */
    public Instant day() {
        return entry.paidAt() != null ? entry.paidAt() : entry.createdAt();
    }

    /**
     * Its status as a message key's last part: its state, except that an unpaid session's is a held time, and a paid
     * one whose refund Temple asked for waits for the provider's word.
     */
    public String status() {
        if (entry.state() == PurchaseState.OPEN && entry.booking() != null) {
            return "held";
        }
        if (entry.state() == PurchaseState.PAID && entry.refundRequested() != null) {
            return "refundRequested";
        }
        return entry.state().key();
    }

    /** Where the refund is asked for and confirmed (the sessions module's page), or null where none may be. */
    public String refundPath() {
        return entry.refundable() ? "/admin/sessions/" + entry.booking() + "/refund" : null;
    }
}
