-- Every API request checks its access token with the database before its own work: the session is
-- live, the user not disabled, the token of the user's current version. In a transaction of its
-- own that check took three round trips (bind the user, read, commit); this function takes one,
-- called outside any transaction. It binds the user for its own read, as the transaction manager
-- binds a transaction, so the policies on users, profiles and sessions still decide what it sees,
-- and it puts back the binding it found, so that called inside a transaction it changes nothing.
create function auth.principal_state(p_user_id uuid, p_session_id uuid, p_now timestamptz)
    returns table (token_version integer, disabled_at timestamptz, role text, permission text,
                   session_live boolean)
    language plpgsql volatile security invoker set search_path = public, pg_temp
as $$
declare
    bound_user text := coalesce(current_setting('app.user_id', true), '');
    bound_role text := coalesce(current_setting('app.user_role', true), '');
begin
    perform set_config('app.user_id', p_user_id::text, true), set_config('app.user_role', '', true);
    return query
        select u.token_version, u.disabled_at, u.role::text, p.role::text,
               exists (select 1 from user_refresh_tokens s
                        where s.id = p_session_id and s.user_id = u.id and s.expires_at > p_now)
          from users u
          join profiles p on p.id = u.id
         where u.id = p_user_id;
    perform set_config('app.user_id', bound_user, true), set_config('app.user_role', bound_role, true);
end
$$;

grant execute on function auth.principal_state(uuid, uuid, timestamptz) to ${app_role};
