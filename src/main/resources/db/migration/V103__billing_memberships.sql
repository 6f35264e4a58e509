-- Memberships: a purchase of every course paid as a subscription at the provider. Billing range: V100–V109.
-- One row per membership purchase, made when the provider reports the checkout (or its first event about the
-- subscription), keyed by the purchase's opaque reference. It keeps what the provider's later events need: her
-- customer at the provider (for its customer portal), until when she has paid, and a failed renewal's grace.
-- Every update is monotone (paid_until only grows) so that events in any order give the same grant.
create table billing_membership (
    purchase_ref   text        primary key check (purchase_ref ~ '^[A-Za-z0-9_-]{16,64}$'),
    member_id      uuid        not null,
    subscription   text        unique,
    -- the provider's customer id (cus_…), for opening its customer portal for her and no one else
    customer       text,
    -- the end of the latest period the provider reported as paid (or as the period a cancellation keeps)
    paid_until     timestamptz,
    -- the renewal invoice that failed and that she has been written to about: one letter per failed invoice
    failed_invoice text,
    -- while a failed renewal is unpaid, access lasts until here
    grace_until    timestamptz,
    ended_at       timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create index billing_membership_member on billing_membership (member_id);
create index billing_membership_customer on billing_membership (customer) where customer is not null;
