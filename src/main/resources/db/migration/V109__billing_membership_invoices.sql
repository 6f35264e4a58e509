-- The invoices of a membership and the payments that paid them (billing range V100–V109), so that the provider's
-- report of a refunded charge can be matched to the membership and the period it paid for. A membership's checkout
-- makes no payment Temple could match (the subscription's invoices do), and the provider's current API names neither
-- the invoice on a charge nor the payment on an invoice: invoice.paid gives the period, invoice_payment.paid gives the
-- payment, in either order, and each fills in its half of the row. No member is named: the purchase reference (or
-- the subscription) leads to the purchase, which is kept for bookkeeping.
create table billing_membership_invoice (
    invoice        text        primary key,
    purchase_ref   text        check (purchase_ref ~ '^[A-Za-z0-9_-]{16,64}$'),
    subscription   text,
    period_start   timestamptz,
    period_end     timestamptz,
    payment_intent text,
    charge         text,
    -- when its payment was reported fully refunded: once, whatever arrives again
    refunded_at    timestamptz,
    created_at     timestamptz not null,
    check (period_end is null or period_start < period_end)
);

create index billing_membership_invoice_payment on billing_membership_invoice (payment_intent) where payment_intent is not null;
create index billing_membership_invoice_charge on billing_membership_invoice (charge) where charge is not null;
