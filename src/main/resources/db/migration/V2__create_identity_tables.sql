-- Seed 001: users, their sign-in identities, refresh tokens per device, phone OTPs.
-- Seed 003: profiles, the 1:1 profile of a user with its permission level.

-- Seed 001's account type, chosen once after sign-up; NULL until chosen; admin never selectable.
-- Seed 000's realtor and client are account types too.
create type user_role as enum ('creator', 'agency', 'brand', 'gifter', 'admin', 'realtor', 'client');

create type auth_provider as enum ('google', 'facebook', 'phone');

-- Seed 003's permission level. Seed 003 calls its enum user_role too; seed 001 had the name first.
create type profile_role as enum ('user', 'admin', 'support', 'standard');

create table users (
    id                  uuid primary key default gen_random_uuid(),
    role                user_role,
    full_name           varchar(255),
    profile_picture_url text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create trigger users_set_updated_at before update on users
    for each row execute function set_updated_at();

create table user_auth_identities (
    id          uuid primary key default gen_random_uuid(),
    user_id     uuid not null references users (id) on delete cascade,
    provider    auth_provider not null,
    provider_id text not null,
    email       varchar(255),
    created_at  timestamptz not null default now(),
    constraint provider_unique_idx unique (provider, provider_id)
);

create index idx_user_auth_identities_user_id on user_auth_identities (user_id);

create table user_refresh_tokens (
    id          uuid primary key default gen_random_uuid(),
    user_id     uuid not null references users (id) on delete cascade,
    token_hash  varchar(255) not null,
    device_info text,
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now()
);

create unique index idx_user_refresh_tokens_token_hash on user_refresh_tokens (token_hash);
-- The device limit evicts a user's oldest session.
create index idx_user_refresh_tokens_user_created on user_refresh_tokens (user_id, created_at);
create index idx_user_refresh_tokens_expires_at on user_refresh_tokens (expires_at);

-- Not linked to a user (seed 001): an OTP is asked for before anyone has signed in.
create table phone_otps (
    id           uuid primary key default gen_random_uuid(),
    phone_number varchar(50) not null,
    otp_hash     varchar(255) not null,
    expires_at   timestamptz not null,
    created_at   timestamptz not null default now()
);

create index idx_phone_otps_phone_created on phone_otps (phone_number, created_at desc);
create index idx_phone_otps_expires_at on phone_otps (expires_at);

create table profiles (
    id         uuid primary key references users (id) on delete cascade,
    -- Seed 003 has NOT NULL: its users always had an email. Seed 001 signs in by phone, with no email.
    email      text,
    full_name  text,
    role       profile_role not null default 'user',
    avatar_url text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create unique index profiles_email_key on profiles (lower(email)) where email is not null;

create trigger profiles_set_updated_at before update on profiles
    for each row execute function set_updated_at();

-- Seed 003: "Auto-creates profile on user signup". Runs as the signing-up user, whose transaction
-- is already bound to the new id, so the profiles insert policy admits it.
create function create_profile_on_signup() returns trigger
    language plpgsql
as $$
begin
    insert into profiles (id, full_name, avatar_url)
    values (new.id, new.full_name, new.profile_picture_url);
    return new;
end
$$;

create trigger create_profile_on_signup after insert on users
    for each row execute function create_profile_on_signup();

-- Seed 003: "Users cannot change their own role". A policy cannot compare with the old row, a trigger can.
create function guard_profile_role() returns trigger
    language plpgsql
as $$
begin
    if new.role is distinct from old.role and not auth.is_admin() then
        raise exception 'only an admin can change a profile''s role'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger profiles_guard_role before update on profiles
    for each row execute function guard_profile_role();

-- Seed 001: the account type is chosen once after sign-up, and admin is never selectable.
-- Admins change it.
create function guard_user_role() returns trigger
    language plpgsql
as $$
begin
    if auth.is_admin() then
        return new;
    end if;
    if (tg_op = 'INSERT' and new.role is not null)
       or (tg_op = 'UPDATE' and new.role is distinct from old.role and (old.role is not null or new.role = 'admin')) then
        raise exception 'the account type is chosen once, and never admin'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger users_guard_role before insert or update on users
    for each row execute function guard_user_role();

-- Row-level security: each user their own rows; admins read all (seed 003).

alter table users enable row level security;
alter table users force row level security;
create policy users_select on users for select using (id = auth.uid() or auth.is_support());
create policy users_insert on users for insert with check (id = auth.uid() or auth.is_admin());
create policy users_update on users for update using (id = auth.uid() or auth.is_admin());
create policy users_delete on users for delete using (id = auth.uid() or auth.is_admin());

alter table user_auth_identities enable row level security;
alter table user_auth_identities force row level security;
create policy user_auth_identities_select on user_auth_identities for select
    using (user_id = auth.uid() or auth.is_admin());
create policy user_auth_identities_insert on user_auth_identities for insert with check (user_id = auth.uid());
create policy user_auth_identities_update on user_auth_identities for update using (user_id = auth.uid());
create policy user_auth_identities_delete on user_auth_identities for delete using (user_id = auth.uid());

alter table user_refresh_tokens enable row level security;
alter table user_refresh_tokens force row level security;
create policy user_refresh_tokens_select on user_refresh_tokens for select
    using (user_id = auth.uid() or auth.is_admin());
create policy user_refresh_tokens_insert on user_refresh_tokens for insert with check (user_id = auth.uid());
create policy user_refresh_tokens_update on user_refresh_tokens for update using (user_id = auth.uid());
create policy user_refresh_tokens_delete on user_refresh_tokens for delete
    using (user_id = auth.uid() or auth.is_admin());

-- Seed 003: users view and update their own profile; admins view and update all; support views.
alter table profiles enable row level security;
alter table profiles force row level security;
create policy profiles_select on profiles for select using (id = auth.uid() or auth.is_support());
create policy profiles_insert on profiles for insert with check (id = auth.uid() or auth.is_admin());
create policy profiles_update on profiles for update using (id = auth.uid() or auth.is_admin());
create policy profiles_delete on profiles for delete using (auth.is_admin());
