-- The dashboard's contact count, kept as contacts come and go; an index that answers its closed deals;
-- and a row estimate for the account search.
--
-- Counting a user's contacts is an index-only scan of all of them: 5 ms for 100,000, on every
-- dashboard. contact_counts holds the number per user, kept by statement triggers on contacts in
-- the same transaction as the change (one grouped update per statement, so a CSV import of a
-- million rows adds once). A contact never changes owner (the update policy holds user_id to the
-- current user), so only inserts and deletes move the count.

create table contact_counts (
    user_id  uuid primary key references users (id) on delete cascade,
    contacts bigint not null
);

-- Only the triggers below write it (as the migration's owner, through their security definer);
-- the application reads its own row.
revoke insert, update, delete, truncate on contact_counts from ${app_role};
alter table contact_counts enable row level security;
alter table contact_counts force row level security;
create policy contact_counts_select on contact_counts for select
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
create policy contact_counts_maintained on contact_counts for all to current_user using (true) with check (true);

create function contact_counts_add_inserted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into contact_counts (user_id, contacts)
    select user_id, count(*) from new_contacts group by user_id order by user_id
        on conflict (user_id) do update set contacts = contact_counts.contacts + excluded.contacts;
    return null;
end
$$;

-- Updates only: when a user is deleted, their count may be gone already.
create function contact_counts_subtract_deleted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    update contact_counts c
       set contacts = c.contacts - o.contacts
      from (select user_id, count(*) as contacts from old_contacts group by user_id) o
     where c.user_id = o.user_id;
    return null;
end
$$;

create trigger contacts_add_to_counts after insert on contacts
    referencing new table as new_contacts
    for each statement execute function contact_counts_add_inserted();
create trigger contacts_subtract_from_counts after delete on contacts
    referencing old table as old_contacts
    for each statement execute function contact_counts_subtract_deleted();

revoke all on function contact_counts_add_inserted() from public;
revoke all on function contact_counts_subtract_deleted() from public;

-- The contacts that exist already, read past forced row-level security for this one statement.
alter table contacts no force row level security;
insert into contact_counts (user_id, contacts)
select user_id, count(*) from contacts group by user_id;
alter table contacts force row level security;

-- search_accounts() returns the matches of one word among one user's accounts: a few hundred.
-- Without an estimate PostgreSQL assumes 1,000 rows and joins them to all the user's accounts by
-- hash (10,000 of them for the big user of bench/: 5 ms per statement); at 100 it looks the
-- matches up by primary key (1 ms). A word that matches thousands costs about what the hash did.
alter function search_accounts(text) rows 100;

-- The dashboard's deals won and lost this month: with what it sums in the index too, an index-only
-- scan of the month's closed deals instead of a heap visit for each (868 heap pages for the
-- 2,088 deals the big user of bench/ closed in a month). Same name, same rows, more columns.
drop index idx_deals_user_closed_at;
create index idx_deals_user_closed_at on deals (user_id, closed_at) include (status, currency, value)
    where closed_at is not null;
