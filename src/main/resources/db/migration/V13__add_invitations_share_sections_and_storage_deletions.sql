-- Seed 000 in use: invitations by phone, what a share link shows and who viewed it, and objects in
-- storage that must go once the rows naming them are gone.

-- The phones a user signs in with. Invitations are addressed to phones, so the policies below ask
-- "is this phone one of mine?" through this function.
create function auth.my_phones() returns setof text
    language sql stable
as $$
    select provider_id from user_auth_identities
     where user_id = (select auth.uid()) and provider = 'phone'
$$;

-- A realtor invites a phone, not a user: the realtor never learns whether the phone has an account
-- (an invitation to a stranger and to a member look the same), and the invitation waits for the
-- phone's owner to sign in. Claiming it creates the pending realtor_clients row, which the client
-- then accepts or declines. One invitation per realtor and phone; inviting again reuses it.
create table client_invitations (
    id                uuid primary key default gen_random_uuid(),
    realtor_id        uuid not null references users (id) on delete cascade,
    phone             varchar(50) not null,
    email             text,
    realtor_client_id uuid references realtor_clients (id) on delete set null,
    created_at        timestamptz not null default now(),
    claimed_at        timestamptz,
    constraint client_invitations_realtor_phone_key unique (realtor_id, phone),
    constraint client_invitations_phone_e164 check (phone ~ '^\+[1-9][0-9]{6,14}$')
);

create index idx_client_invitations_unclaimed_phone on client_invitations (phone) where claimed_at is null;
create index idx_client_invitations_realtor_client on client_invitations (realtor_client_id);

create trigger client_invitations_keep_pair before update on client_invitations
    for each row execute function keep_columns_unchanged('realtor_id', 'phone');

alter table client_invitations enable row level security;
alter table client_invitations force row level security;
-- The owner of the phone sees the invitations waiting for it and those it turned into its own pairs.
-- (An UPDATE's new row must pass this too, so claiming must leave the invitation visible.)
create policy client_invitations_select on client_invitations for select
    using (realtor_id = (select auth.uid())
           or (phone in (select auth.my_phones())
               and (claimed_at is null
                    or realtor_client_id in (select id from realtor_clients where client_id = (select auth.uid()))))
           or (select auth.is_admin()));
create policy client_invitations_insert on client_invitations for insert
    with check (realtor_id = (select auth.uid()));
-- The realtor re-invites; the phone's owner claims.
create policy client_invitations_update on client_invitations for update
    using (realtor_id = auth.uid() or (claimed_at is null and phone in (select auth.my_phones())))
    with check (realtor_id = auth.uid() or phone in (select auth.my_phones()));
create policy client_invitations_delete on client_invitations for delete
    using (realtor_id = auth.uid());

-- Claiming: the owner of an invited phone creates the pending pair with that realtor. The status
-- guard (V3) still holds: the row starts pending and only the client makes it active.
alter policy realtor_clients_insert on realtor_clients
    with check (realtor_id = auth.uid()
                or (client_id = auth.uid()
                    and exists (select 1 from client_invitations i
                                 where i.realtor_id = realtor_clients.realtor_id
                                   and i.claimed_at is null
                                   and i.phone in (select auth.my_phones()))));

-- The onboarding is the client's; the realtor reads it only while the client's acceptance stands:
-- not after a removal, and not when a removed client is invited again, until they accept again.
-- Documents are read through their onboarding, so they follow.
alter policy client_onboarding_select on client_onboarding
    using (client_id = (select auth.uid())
           or (select auth.is_admin())
           or (realtor_id = (select auth.uid())
               and exists (select 1 from realtor_clients rc
                            where rc.realtor_id = client_onboarding.realtor_id
                              and rc.client_id = client_onboarding.client_id
                              and rc.status = 'active' and rc.deleted_at is null)));

-- An invited client sees who invites them; the realtor learns who the client is only once they
-- accept, so an invitation to a phone never tells the realtor whose phone it is.
create policy users_select_pair on users for select
    using (exists (select 1 from realtor_clients rc
                    where (rc.realtor_id = (select auth.uid()) and rc.client_id = users.id
                           and rc.status = 'active' and rc.deleted_at is null)
                       or (rc.client_id = (select auth.uid()) and rc.realtor_id = users.id
                           and rc.deleted_at is null)));
create policy profiles_select_pair on profiles for select
    using (exists (select 1 from realtor_clients rc
                    where (rc.realtor_id = (select auth.uid()) and rc.client_id = profiles.id
                           and rc.status = 'active' and rc.deleted_at is null)
                       or (rc.client_id = (select auth.uid()) and rc.realtor_id = profiles.id
                           and rc.deleted_at is null)));

-- What a link shows. Date of birth and income are sections of their own so that a link can leave
-- them out; the rest follow the form's groups.
alter table shareable_profile_tokens
    add column sections text[] not null
        default array['contact', 'date_of_birth', 'address', 'employment', 'income',
                      'emergency_contact', 'household', 'notes', 'documents'],
    add constraint shareable_profile_tokens_sections_check
        check (cardinality(sections) >= 1
               and sections <@ array['contact', 'date_of_birth', 'address', 'employment', 'income',
                                     'emergency_contact', 'household', 'notes', 'documents']),
    add constraint shareable_profile_tokens_expiry_check check (expires_at > created_at);

-- The public page has no signed-in user. The server hashes the token from the address and binds
-- the hash (app.share_token_hash) to the transaction; these policies then show the link itself
-- and, only while it is live, what it shares. A wrong token matches no hash and shows nothing.
create function auth.share_token_hash() returns text
    language sql stable parallel safe
as $$ select nullif(current_setting('app.share_token_hash', true), '') $$;

create policy shareable_profile_tokens_select_shared on shareable_profile_tokens for select
    using (token = (select auth.share_token_hash()));

create policy client_onboarding_select_shared on client_onboarding for select
    using (exists (select 1 from shareable_profile_tokens t
                    where t.token = (select auth.share_token_hash())
                      and t.client_id = client_onboarding.client_id
                      and t.realtor_id = client_onboarding.realtor_id
                      and t.revoked_at is null and t.expires_at > now()));

create policy client_documents_select_shared on client_documents for select
    using (exists (select 1 from client_onboarding o
                     join shareable_profile_tokens t
                       on t.client_id = o.client_id and t.realtor_id = o.realtor_id
                    where o.id = client_documents.onboarding_id
                      and t.token = (select auth.share_token_hash())
                      and 'documents' = any (t.sections)
                      and t.revoked_at is null and t.expires_at > now()));

create policy users_select_shared on users for select
    using (exists (select 1 from shareable_profile_tokens t
                    where t.token = (select auth.share_token_hash())
                      and t.client_id = users.id
                      and t.revoked_at is null and t.expires_at > now()));

-- Each opening of a shared page: when, from which network (the address with its host part cut
-- off), and with which browser. The realtor and the client of the link read them.
create table share_link_views (
    id          uuid primary key default gen_random_uuid(),
    share_id    uuid not null references shareable_profile_tokens (id) on delete cascade,
    viewed_at   timestamptz not null default now(),
    ip_prefix   text,
    user_agent  text
);

create index idx_share_link_views_share_viewed on share_link_views (share_id, viewed_at desc);

alter table share_link_views enable row level security;
alter table share_link_views force row level security;
create policy share_link_views_select on share_link_views for select
    using (exists (select 1 from shareable_profile_tokens t
                    where t.id = share_link_views.share_id
                      and (t.realtor_id = (select auth.uid()) or t.client_id = (select auth.uid())))
           or (select auth.is_admin()));
create policy share_link_views_insert on share_link_views for insert
    with check (exists (select 1 from shareable_profile_tokens t
                         where t.id = share_link_views.share_id
                           and t.token = (select auth.share_token_hash())
                           and t.revoked_at is null and t.expires_at > now()));

-- Objects to remove from storage. A client_documents row leaves this note behind however it goes,
-- by a DELETE or by a cascade from its onboarding or user, in the same transaction; the server
-- removes the object after the commit and, for notes a crash left behind, on a schedule. A rolled
-- back delete leaves no note, so an object is never removed while a row still names it.
create table storage_deletions (
    id           uuid primary key default gen_random_uuid(),
    object_key   text not null,
    requested_at timestamptz not null default now()
);

create index idx_storage_deletions_requested on storage_deletions (requested_at);

alter table storage_deletions enable row level security;
alter table storage_deletions force row level security;
-- Only the trigger below writes notes (as the migration's owner, through its security definer), so
-- no user can have an object removed that is not theirs to delete; only the storage sweep reads
-- and clears them.
revoke insert, update, truncate on storage_deletions from ${app_role};
create policy storage_deletions_noted on storage_deletions for insert to current_user with check (true);
create policy storage_deletions_select on storage_deletions for select
    using (current_setting('app.maintenance', true) = 'storage');
create policy storage_deletions_delete on storage_deletions for delete
    using (current_setting('app.maintenance', true) = 'storage');

create function note_document_object_deletion() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into storage_deletions (object_key) values (old.s3_key);
    return old;
end
$$;

revoke all on function note_document_object_deletion() from public;

create trigger client_documents_note_object_deletion after delete on client_documents
    for each row execute function note_document_object_deletion();

-- The storage sweep compares the objects in storage with the rows naming them, across all users.
create policy client_documents_select_storage on client_documents for select
    using (current_setting('app.maintenance', true) = 'storage');

grant execute on function auth.my_phones() to ${app_role};
grant execute on function auth.share_token_hash() to ${app_role};
