-- Seed 003: encrypted API keys, plans, system logs.

create table api_keys (
    id             uuid primary key default gen_random_uuid(),
    user_id        uuid not null references users (id) on delete cascade,
    service        text not null check (service in ('openai', 'stripe', 'twilio', 'sendgrid')),
    key_ciphertext text not null,
    nonce          text,
    salt           text,
    status         text check (status in ('active', 'healthy', 'unhealthy', 'inactive')),
    last_checked   timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

create index idx_api_keys_user_id on api_keys (user_id);
create index idx_api_keys_service on api_keys (service);
create index idx_api_keys_user_service on api_keys (user_id, service);
-- One key per service per user.
create unique index idx_api_keys_user_service_unique on api_keys (user_id, service);

create trigger api_keys_set_updated_at before update on api_keys
    for each row execute function set_updated_at();

create table user_plans (
    id                     uuid primary key default gen_random_uuid(),
    user_id                uuid not null references users (id) on delete cascade,
    plan_name              text not null default 'free' check (plan_name in ('free', 'pro', 'enterprise')),
    stripe_customer_id     text,
    stripe_subscription_id text,
    status                 text,
    current_period_start   timestamptz,
    current_period_end     timestamptz,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);

-- One plan per user.
create unique index idx_user_plans_user_unique on user_plans (user_id);

create trigger user_plans_set_updated_at before update on user_plans
    for each row execute function set_updated_at();

create table system_logs (
    id         uuid primary key default gen_random_uuid(),
    level      text not null check (level in ('debug', 'info', 'warning', 'error', 'critical')),
    source     text not null,
    message    text not null,
    details    jsonb,
    created_at timestamptz not null default now()
);

create index idx_system_logs_level on system_logs (level);
create index idx_system_logs_created_at on system_logs (created_at desc);
-- Seed 003 gives this index the predicate created_at > now() - interval '7 days'. PostgreSQL refuses
-- now() in an index predicate (it must be immutable); without it the index serves the same queries.
create index idx_system_logs_recent on system_logs (created_at desc, level);

-- Seed 003: users their own keys, admins read all (never change them).
alter table api_keys enable row level security;
alter table api_keys force row level security;
create policy api_keys_select on api_keys for select using (user_id = auth.uid() or auth.is_admin());
create policy api_keys_insert on api_keys for insert with check (user_id = auth.uid());
create policy api_keys_update on api_keys for update using (user_id = auth.uid());
create policy api_keys_delete on api_keys for delete using (user_id = auth.uid());

-- Seed 003: users view their own plan; only admins modify plans.
alter table user_plans enable row level security;
alter table user_plans force row level security;
create policy user_plans_select on user_plans for select using (user_id = auth.uid() or auth.is_admin());
create policy user_plans_insert on user_plans for insert with check (auth.is_admin());
create policy user_plans_update on user_plans for update using (auth.is_admin());
create policy user_plans_delete on user_plans for delete using (auth.is_admin());

-- Seed 003: admin-only reading. Any request may append (a security event is written on behalf of
-- whoever triggered it, signed in or not); nobody edits or deletes through the server.
alter table system_logs enable row level security;
alter table system_logs force row level security;
create policy system_logs_select on system_logs for select using (auth.is_admin());
create policy system_logs_insert on system_logs for insert with check (true);
