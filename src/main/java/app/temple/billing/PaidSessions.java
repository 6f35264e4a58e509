package app.temple.billing;

import java.util.UUID;

/**
 * What billing tells the sessions module about a held booking's payment, in the transaction that records the
 * provider's report. Implemented by the sessions module (which depends on billing, never the other way round).
 */
public interface PaidSessions {

    /**
     * The provider reported the booking paid: confirm it (once; the confirmation letter and invitation go out then).
     *
     * @return false when the booking can no longer be had (its hold lapsed and someone else took the time, or it is
     *         gone), so that billing gives the payment back
     */
    boolean confirmPaid(UUID booking);

    /** Her payment lapsed unpaid: release the held time, unless the booking was confirmed meanwhile. */
    void releaseUnpaid(UUID booking);
}
