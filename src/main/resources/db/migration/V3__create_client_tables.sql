-- Seed 000: realtor clients, their onboarding, documents in object storage, share links for landlords.

create type client_status as enum ('pending', 'active');

create table realtor_clients (
    id         uuid primary key default gen_random_uuid(),
    realtor_id uuid not null references users (id) on delete cascade,
    client_id  uuid not null references users (id) on delete cascade,
    status     client_status not null default 'pending',
    created_at timestamptz not null default now(),
    deleted_at timestamptz,
    -- Seed 000's edge case: a duplicate realtor-client pair is refused.
    constraint realtor_clients_realtor_client_key unique (realtor_id, client_id),
    constraint realtor_clients_not_self check (realtor_id <> client_id)
);

create index idx_realtor_clients_client_id on realtor_clients (client_id);

-- One record per realtor-client pair.
create table client_onboarding (
    id                             uuid primary key default gen_random_uuid(),
    client_id                      uuid not null references users (id) on delete cascade,
    realtor_id                     uuid not null references users (id) on delete cascade,
    -- Personal information
    phone                          text,
    date_of_birth                  timestamptz,
    current_address                text,
    current_city                   text,
    current_province               text,
    current_postal_code            text,
    -- Employment information
    employer_name                  text,
    employer_phone                 text,
    job_title                      text,
    monthly_income                 integer, -- whole dollars, as seed 000 specifies
    employment_start_date          timestamptz,
    -- Emergency contact
    emergency_contact_name         text,
    emergency_contact_phone        text,
    emergency_contact_relationship text,
    -- Additional information
    number_of_occupants            integer,
    has_pets                       text, -- 'yes', 'no', or a description
    additional_notes               text,
    submitted_at                   timestamptz,
    created_at                     timestamptz not null default now(),
    constraint client_onboarding_pair_key unique (realtor_id, client_id),
    constraint client_onboarding_monthly_income_check check (monthly_income >= 0),
    constraint client_onboarding_occupants_check check (number_of_occupants >= 1)
);

create index idx_client_onboarding_client_id on client_onboarding (client_id);

create table client_documents (
    id            uuid primary key default gen_random_uuid(),
    onboarding_id uuid not null references client_onboarding (id) on delete cascade,
    title         text not null,
    s3_key        text not null unique,
    filename      text not null,
    mime_type     text not null,
    size_bytes    integer not null check (size_bytes >= 0),
    created_at    timestamptz not null default now()
);

create index idx_client_documents_onboarding_id on client_documents (onboarding_id, created_at desc);

create table shareable_profile_tokens (
    id         uuid primary key default gen_random_uuid(),
    client_id  uuid not null references users (id) on delete cascade,
    realtor_id uuid not null references users (id) on delete cascade,
    -- Holds the SHA-256 of the link's token, never the token itself (see docs/schema.md).
    token      text not null unique,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    created_at timestamptz not null default now()
);

create index idx_shareable_profile_tokens_client on shareable_profile_tokens (client_id);
create index idx_shareable_profile_tokens_realtor on shareable_profile_tokens (realtor_id, created_at desc);

-- Who the pair, the onboarding and a share link are between never changes after creation.
create function keep_columns_unchanged() returns trigger
    language plpgsql
as $$
declare
    column_name text;
begin
    foreach column_name in array tg_argv loop
        if to_jsonb(new) -> column_name is distinct from to_jsonb(old) -> column_name then
            raise exception '%.% cannot change', tg_table_name, column_name
                using errcode = 'insufficient_privilege';
        end if;
    end loop;
    return new;
end
$$;

create trigger realtor_clients_keep_pair before update on realtor_clients
    for each row execute function keep_columns_unchanged('realtor_id', 'client_id');
create trigger client_onboarding_keep_pair before update on client_onboarding
    for each row execute function keep_columns_unchanged('realtor_id', 'client_id');
create trigger shareable_profile_tokens_keep_pair before update on shareable_profile_tokens
    for each row execute function keep_columns_unchanged('realtor_id', 'client_id', 'token');

-- A pair becomes active only by the client's consent: an invitation starts pending, only the client
-- accepts it, and a removed client invited again must accept again.
create function guard_realtor_client_status() returns trigger
    language plpgsql
as $$
begin
    if auth.is_admin() then
        return new;
    end if;
    if tg_op = 'INSERT' then
        if new.status <> 'pending' then
            raise exception 'an invitation starts pending' using errcode = 'insufficient_privilege';
        end if;
        return new;
    end if;
    if new.status = 'active' and old.status <> 'active' and auth.uid() is distinct from new.client_id then
        raise exception 'only the client accepts an invitation' using errcode = 'insufficient_privilege';
    end if;
    if old.deleted_at is not null and new.deleted_at is null
       and (auth.uid() is distinct from new.realtor_id or new.status <> 'pending') then
        raise exception 'only the realtor invites a removed client again, and the client accepts again'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger realtor_clients_guard_status before insert or update on realtor_clients
    for each row execute function guard_realtor_client_status();

-- Row-level security: a pair's realtor and client see what concerns them, nobody else does.

alter table realtor_clients enable row level security;
alter table realtor_clients force row level security;
create policy realtor_clients_select on realtor_clients for select
    using (realtor_id = auth.uid() or client_id = auth.uid() or auth.is_admin());
create policy realtor_clients_insert on realtor_clients for insert with check (realtor_id = auth.uid());
-- The realtor removes (soft delete); the client accepts.
create policy realtor_clients_update on realtor_clients for update
    using (realtor_id = auth.uid() or client_id = auth.uid());
create policy realtor_clients_delete on realtor_clients for delete using (realtor_id = auth.uid());

alter table client_onboarding enable row level security;
alter table client_onboarding force row level security;
create policy client_onboarding_select on client_onboarding for select
    using (client_id = auth.uid() or realtor_id = auth.uid() or auth.is_admin());
-- An onboarding exists only for a pair the client has accepted.
create policy client_onboarding_insert on client_onboarding for insert
    with check ((client_id = auth.uid() or realtor_id = auth.uid())
                and exists (select 1 from realtor_clients rc
                             where rc.realtor_id = client_onboarding.realtor_id
                               and rc.client_id = client_onboarding.client_id
                               and rc.status = 'active' and rc.deleted_at is null));
-- The client fills the form in; the realtor reads it.
create policy client_onboarding_update on client_onboarding for update using (client_id = auth.uid());
create policy client_onboarding_delete on client_onboarding for delete using (realtor_id = auth.uid());

-- Access through the parent onboarding.
alter table client_documents enable row level security;
alter table client_documents force row level security;
create policy client_documents_select on client_documents for select
    using (exists (select 1 from client_onboarding o
                    where o.id = client_documents.onboarding_id
                      and (o.client_id = auth.uid() or o.realtor_id = auth.uid()))
           or auth.is_admin());
create policy client_documents_insert on client_documents for insert
    with check (exists (select 1 from client_onboarding o
                         where o.id = client_documents.onboarding_id and o.client_id = auth.uid()));
create policy client_documents_update on client_documents for update
    using (exists (select 1 from client_onboarding o
                    where o.id = client_documents.onboarding_id and o.client_id = auth.uid()));
create policy client_documents_delete on client_documents for delete
    using (exists (select 1 from client_onboarding o
                    where o.id = client_documents.onboarding_id and o.client_id = auth.uid()));

alter table shareable_profile_tokens enable row level security;
alter table shareable_profile_tokens force row level security;
create policy shareable_profile_tokens_select on shareable_profile_tokens for select
    using (realtor_id = auth.uid() or client_id = auth.uid() or auth.is_admin());
-- A realtor shares only the profile of one of their own clients, who accepted the invitation.
create policy shareable_profile_tokens_insert on shareable_profile_tokens for insert
    with check (realtor_id = auth.uid()
                and exists (select 1 from realtor_clients rc
                             where rc.realtor_id = auth.uid()
                               and rc.client_id = shareable_profile_tokens.client_id
                               and rc.status = 'active' and rc.deleted_at is null));
-- Without a check on the new row, an update could point a live link at anyone's profile: a live
-- link must still name one of the realtor's live clients; a revoked one may stay behind after removal.
create policy shareable_profile_tokens_update on shareable_profile_tokens for update
    using (realtor_id = auth.uid())
    with check (realtor_id = auth.uid()
                and (revoked_at is not null
                     or exists (select 1 from realtor_clients rc
                                 where rc.realtor_id = auth.uid()
                                   and rc.client_id = shareable_profile_tokens.client_id
                                   and rc.status = 'active' and rc.deleted_at is null)));
create policy shareable_profile_tokens_delete on shareable_profile_tokens for delete
    using (realtor_id = auth.uid());
