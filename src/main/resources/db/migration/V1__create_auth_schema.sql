-- Row-level security, the way seeds 002 and 003 write it: policies call auth.uid().
-- The server binds each transaction to its user with set_config('app.user_id', ..., true);
-- a connection that never had the setting returns NULL, one that had it in an earlier transaction
-- returns '', so nullif() makes both mean "nobody", and a policy comparing with NULL matches no row.

create schema if not exists auth;

create function auth.uid() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

-- The permission level of seed 003's profiles.role, bound with the user by the server.
create function auth.user_role() returns text
    language sql stable parallel safe
as $$ select nullif(current_setting('app.user_role', true), '') $$;

create function auth.is_admin() returns boolean
    language sql stable parallel safe
as $$ select coalesce(auth.user_role() = 'admin', false) $$;

create function auth.is_support() returns boolean
    language sql stable parallel safe
as $$ select coalesce(auth.user_role() in ('support', 'admin'), false) $$;

-- updated_at follows every change, as seed 001 asks of users.updated_at.
create function set_updated_at() returns trigger
    language plpgsql
as $$
begin
    new.updated_at := now();
    return new;
end
$$;

-- The application role reads and writes rows; it owns nothing and creates nothing.
grant usage on schema public, auth to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
