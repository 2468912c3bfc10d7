-- A landlord's view of a client ends with the pair: when the pair is removed (soft delete), its live
-- share links are revoked in the same transaction, as of the removal, whoever removed it. Inviting
-- the client again does not bring them back. The function runs as the migration's owner, whose
-- policy below lets it revoke, because the client may end the pair and has no right to revoke.
create function revoke_share_links_of_removed_pair() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    update shareable_profile_tokens set revoked_at = new.deleted_at
     where realtor_id = new.realtor_id and client_id = new.client_id and revoked_at is null;
    return new;
end
$$;

revoke all on function revoke_share_links_of_removed_pair() from public;

create policy shareable_profile_tokens_revoked_with_pair on shareable_profile_tokens for update to current_user
    using (true) with check (revoked_at is not null);

create trigger realtor_clients_revoke_share_links after update of deleted_at on realtor_clients
    for each row when (old.deleted_at is null and new.deleted_at is not null)
    execute function revoke_share_links_of_removed_pair();
