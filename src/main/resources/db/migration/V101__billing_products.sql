-- What can be bought, and for how much. Billing range: V100–V109.
-- A product is one course, every course as a membership (monthly or yearly, with an optional free trial), one
-- practitioner's session type, or a series of such sessions. Products are retired, never deleted: a purchase keeps
-- pointing at what was bought.
create table billing_product (
    id            uuid        primary key,
    kind          text        not null check (kind in ('course', 'membership', 'session_type', 'series')),
    course_slug   text        check (course_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- the practitioner's slug and her session type's slug, for a session type or a series
    practitioner  text        check (practitioner ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    session_type  text        check (session_type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    series_size   integer     check (series_size between 2 and 52),
    billing_every text        check (billing_every in ('month', 'year')),
    trial_days    integer     not null default 0 check (trial_days between 0 and 90),
    active        boolean     not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check ((kind = 'course') = (course_slug is not null)),
    check ((kind = 'membership') = (billing_every is not null)),
    check (kind = 'membership' or trial_days = 0),
    check ((kind in ('session_type', 'series')) = (practitioner is not null and session_type is not null)),
    check ((kind = 'series') = (series_size is not null))
);

-- one price per currency, in the currency's smallest unit (öre, cent), as the operator shows it (VAT as configured)
create table billing_price (
    product_id   uuid   not null references billing_product (id),
    currency     text   not null check (currency in ('SEK', 'EUR', 'USD')),
    amount_minor bigint not null check (amount_minor between 100 and 100000000),
    primary key (product_id, currency)
);
