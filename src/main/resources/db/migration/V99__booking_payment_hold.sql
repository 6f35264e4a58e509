-- A paid session is held while she pays (booking range V90–V99). A held booking keeps its time like a confirmed one
-- (the exclusion constraint covers every status but 'cancelled'), until hold_expires_at; the provider's report of
-- the payment confirms it, and an abandoned payment (the provider's expiry, or the sweep after hold_expires_at)
-- cancels it with cancelled_by 'unpaid', which frees the time.
alter table booking_booking drop constraint booking_booking_status_check;
alter table booking_booking add constraint booking_booking_status_check
    check (status in ('held', 'confirmed', 'cancelled', 'no-show'));
alter table booking_booking drop constraint booking_booking_cancelled_by_check;
alter table booking_booking add constraint booking_booking_cancelled_by_check
    check (cancelled_by in ('member', 'practitioner', 'unpaid'));
alter table booking_booking add column hold_expires_at timestamptz;
alter table booking_booking add constraint booking_held_until check (status <> 'held' or hold_expires_at is not null);
create index booking_booking_holds on booking_booking (hold_expires_at) where status = 'held';
