-- A purchase may pay for one booked session (billing range V100–V109): booking_id is the booking module's id of
-- the held session, unique so that a session is paid for once. refund_requested_at marks a refund Temple asked the
-- provider for (a cancellation outside the window, a practitioner's or an admin's refund, or a payment that came
-- after its slot went to someone else), so that it is asked once; the refund itself is recorded when the provider
-- reports it (charge.refunded).
alter table billing_purchase add column booking_id uuid unique;
alter table billing_purchase add column refund_requested_at timestamptz;
