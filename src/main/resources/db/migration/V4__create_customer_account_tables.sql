-- Seed 002: customer accounts (Residential or Commercial) and their contacts.
-- Policies keep the seed's names and conditions; admins read all (seed 003).

create table customer_accounts (
    id              uuid primary key default gen_random_uuid(),
    company_name    text not null,
    customer_type   text not null check (customer_type in ('Residential', 'Commercial')),
    billing_address jsonb not null default '{}',
    service_address jsonb not null default '{}',
    account_notes   text,
    tags            text[] not null default '{}',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      uuid not null references users (id) on delete cascade,
    updated_by      uuid references users (id) on delete set null,
    constraint customer_accounts_billing_address_object check (jsonb_typeof(billing_address) = 'object'),
    constraint customer_accounts_service_address_object check (jsonb_typeof(service_address) = 'object')
);

create index idx_customer_accounts_company_name on customer_accounts using gin (to_tsvector('english', company_name));
create index idx_customer_accounts_customer_type on customer_accounts (customer_type);
create index idx_customer_accounts_created_at on customer_accounts (created_at desc);
create index idx_customer_accounts_tags on customer_accounts using gin (tags);
create index idx_customer_accounts_created_by on customer_accounts (created_by, created_at desc);
create index idx_customer_accounts_updated_by on customer_accounts (updated_by);

create trigger customer_accounts_set_updated_at before update on customer_accounts
    for each row execute function set_updated_at();

create table customer_contacts (
    id                  uuid primary key default gen_random_uuid(),
    customer_account_id uuid not null references customer_accounts (id) on delete cascade,
    contact_name        text not null,
    email               text,
    phone               text,
    role                text,
    is_primary_contact  boolean not null default false,
    contact_notes       text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    created_by          uuid references users (id) on delete set null,
    updated_by          uuid references users (id) on delete set null
);

create index idx_customer_contacts_account_id on customer_contacts (customer_account_id);
create index idx_customer_contacts_name on customer_contacts using gin (to_tsvector('english', contact_name));
create index idx_customer_contacts_email on customer_contacts (email);
create index idx_customer_contacts_primary on customer_contacts (customer_account_id, is_primary_contact)
    where is_primary_contact = true;
-- "Primary contact uniqueness enforced per customer account".
create unique index customer_contacts_one_primary on customer_contacts (customer_account_id)
    where is_primary_contact;
-- "Email uniqueness checked within customer account scope".
create unique index customer_contacts_account_email_key on customer_contacts (customer_account_id, lower(email))
    where email is not null;

create trigger customer_contacts_set_updated_at before update on customer_contacts
    for each row execute function set_updated_at();

-- Seed 002's "user audit trail through created_by/updated_by": the database writes them, so that
-- nobody can name someone else as the editor, and with it hand them the account (the seed's
-- policies admit the last updater).
create function stamp_editors() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        new.created_by := coalesce(new.created_by, auth.uid());
        new.updated_by := null;
    else
        new.created_by := old.created_by;
        new.updated_by := auth.uid();
    end if;
    return new;
end
$$;

create trigger customer_accounts_stamp_editors before insert or update on customer_accounts
    for each row execute function stamp_editors();
create trigger customer_contacts_stamp_editors before insert or update on customer_contacts
    for each row execute function stamp_editors();

alter table customer_accounts enable row level security;
alter table customer_accounts force row level security;

create policy "Users can view their customer accounts" on customer_accounts
    for select using (auth.uid() = created_by or auth.uid() = updated_by or auth.is_admin());
create policy "Users can insert customer accounts" on customer_accounts
    for insert with check (auth.uid() = created_by);
create policy "Users can update their customer accounts" on customer_accounts
    for update using (auth.uid() = created_by or auth.uid() = updated_by);
create policy "Users can delete their customer accounts" on customer_accounts
    for delete using (auth.uid() = created_by);

alter table customer_contacts enable row level security;
alter table customer_contacts force row level security;

create policy "Users can view contacts for their customer accounts" on customer_contacts
    for select using (
        exists (select 1 from customer_accounts
                 where id = customer_contacts.customer_account_id
                   and (created_by = auth.uid() or updated_by = auth.uid()))
        or auth.is_admin());
create policy "Users can insert contacts for their customer accounts" on customer_contacts
    for insert with check (
        exists (select 1 from customer_accounts
                 where id = customer_contacts.customer_account_id
                   and (created_by = auth.uid() or updated_by = auth.uid())));
create policy "Users can update contacts for their customer accounts" on customer_contacts
    for update using (
        exists (select 1 from customer_accounts
                 where id = customer_contacts.customer_account_id
                   and (created_by = auth.uid() or updated_by = auth.uid())));
create policy "Users can delete contacts for their customer accounts" on customer_contacts
    for delete using (
        exists (select 1 from customer_accounts
                 where id = customer_contacts.customer_account_id
                   and (created_by = auth.uid() or updated_by = auth.uid())));
