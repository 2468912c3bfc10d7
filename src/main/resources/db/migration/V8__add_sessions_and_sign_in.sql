-- Identity in practice (seed 001's rules made operational): disabling users, ending access tokens
-- at once, rotating refresh tokens with reuse detection, and OTP throttles that hold across servers.

alter table users
    add column disabled_at   timestamptz,
    -- Access tokens carry the version they were issued under; a role change or disabling bumps it,
    -- and every token issued before stops working at the next request.
    add column token_version integer not null default 0;

-- A row of user_refresh_tokens is one device session; its token_hash is the current refresh token.
alter table user_refresh_tokens
    add column last_used_at timestamptz not null default now(),
    add column rotated_at   timestamptz;

-- Refresh tokens a session has rotated away from. Presenting one again after the grace period is
-- a replay: the whole session ends.
create table retired_refresh_tokens (
    token_hash varchar(255) primary key,
    session_id uuid not null references user_refresh_tokens (id) on delete cascade,
    user_id    uuid not null references users (id) on delete cascade,
    retired_at timestamptz not null
);

create index idx_retired_refresh_tokens_session on retired_refresh_tokens (session_id);
create index idx_retired_refresh_tokens_user on retired_refresh_tokens (user_id);

alter table phone_otps
    add column attempts integer not null default 0 check (attempts >= 0);

-- Every OTP sent, by phone and by client address, for the throttles (kept an hour).
create table otp_requests (
    id           uuid primary key default gen_random_uuid(),
    phone_number varchar(50) not null,
    client_ip    inet not null,
    created_at   timestamptz not null
);

create index idx_otp_requests_phone_created on otp_requests (phone_number, created_at desc);
create index idx_otp_requests_ip_created on otp_requests (client_ip, created_at desc);
create index idx_otp_requests_created on otp_requests (created_at);

-- Signing in happens before anyone is signed in. The server names the one identity or the one
-- refresh token it is looking for (app.sign_in_identity = 'provider:provider_id',
-- app.refresh_token_hash), and the policies admit exactly that row; then it binds the user.
drop policy user_auth_identities_select on user_auth_identities;
create policy user_auth_identities_select on user_auth_identities for select
    using (user_id = auth.uid()
           or auth.is_admin()
           or provider::text || ':' || provider_id = current_setting('app.sign_in_identity', true));

drop policy user_refresh_tokens_select on user_refresh_tokens;
create policy user_refresh_tokens_select on user_refresh_tokens for select
    using (user_id = auth.uid()
           or auth.is_admin()
           or token_hash = current_setting('app.refresh_token_hash', true));
-- SELECT ... FOR UPDATE, which makes concurrent refreshes of one token wait for each other, needs
-- the row to pass the update policy too.
drop policy user_refresh_tokens_update on user_refresh_tokens;
create policy user_refresh_tokens_update on user_refresh_tokens for update
    using (user_id = auth.uid() or token_hash = current_setting('app.refresh_token_hash', true))
    with check (user_id = auth.uid());

-- The scheduled clean-up (seed 001's cleanupExpiredTokens) removes expired sessions of every
-- user, and only expired ones, in a transaction that declares itself as that clean-up.
create policy user_refresh_tokens_cleanup_select on user_refresh_tokens for select
    using (current_setting('app.maintenance', true) = 'cleanup' and expires_at < now());
create policy user_refresh_tokens_cleanup_delete on user_refresh_tokens for delete
    using (current_setting('app.maintenance', true) = 'cleanup' and expires_at < now());

alter table retired_refresh_tokens enable row level security;
alter table retired_refresh_tokens force row level security;
create policy retired_refresh_tokens_select on retired_refresh_tokens for select
    using (user_id = auth.uid() or token_hash = current_setting('app.refresh_token_hash', true));
create policy retired_refresh_tokens_insert on retired_refresh_tokens for insert with check (user_id = auth.uid());
create policy retired_refresh_tokens_delete on retired_refresh_tokens for delete using (user_id = auth.uid());
