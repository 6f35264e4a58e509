-- Purchases through the payment provider, and the provider's events already handled. Billing range: V100–V109.
-- A purchase is made when she starts a checkout (open); only a verified webhook moves it on (paid, expired,
-- refunded). Its reference is opaque and is all the provider learns of what was bought; it becomes the grant's
-- purchase_ref, unique there, so a purchase grants once however often or in whatever order its events arrive.
create table billing_purchase (
    id                 uuid        primary key,
    reference          text        not null unique check (reference ~ '^[A-Za-z0-9_-]{16,64}$'),
    -- null once her account is erased: what bookkeeping must keep stays, without her
    member_id          uuid,
    product_id         uuid        not null references billing_product (id),
    currency           text        not null check (currency in ('SEK', 'EUR', 'USD')),
    amount_minor       bigint      not null check (amount_minor > 0),
    state              text        not null check (state in ('open', 'paid', 'expired', 'refunded')),
    checkout_session   text        unique,
    payment_intent     text,
    subscription       text,
    created_at         timestamptz not null,
    paid_at            timestamptz,
    refunded_at        timestamptz,
    check (state <> 'paid' or paid_at is not null),
    check (state <> 'refunded' or refunded_at is not null)
);

create index billing_purchase_member on billing_purchase (member_id, created_at) where member_id is not null;
create index billing_purchase_payment_intent on billing_purchase (payment_intent) where payment_intent is not null;

-- every provider event id seen once: the same event delivered again changes nothing
create table billing_provider_event (
    event_id    text        primary key,
    type        text        not null,
    received_at timestamptz not null
);
