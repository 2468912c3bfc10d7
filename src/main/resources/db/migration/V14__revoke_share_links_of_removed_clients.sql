-- A landlord's view of a client ends with the realtor's relationship to that client: when the realtor
-- removes the client (soft delete), the pair's live share links are revoked in the same transaction,
-- as of the removal. Inviting the client again does not bring them back. The realtor is the one who
-- removes, and the update policy of shareable_profile_tokens lets the realtor revoke their own links.
create function revoke_share_links_of_removed_pair() returns trigger
    language plpgsql
as $$
begin
    update shareable_profile_tokens set revoked_at = new.deleted_at
     where realtor_id = new.realtor_id and client_id = new.client_id and revoked_at is null;
    return new;
end
$$;

create trigger realtor_clients_revoke_share_links after update of deleted_at on realtor_clients
    for each row when (old.deleted_at is null and new.deleted_at is not null)
    execute function revoke_share_links_of_removed_pair();
