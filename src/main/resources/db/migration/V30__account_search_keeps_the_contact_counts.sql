-- An account search's page counted each listed account's contacts through the contacts' policy:
-- for every contact, a lookup of its account (105 for a page of 50), 18 % of the database's time
-- for the search in a profile of the bench. The search row now keeps how many contacts the account
-- has, beside the contacts' names it keeps already, and search_accounts_page() returns it.
--
-- Both are recomputed when a contact joins or leaves the account. Two contacts added at once to
-- one account each recomputed them from a snapshot taken before the other had committed: the second
-- to commit wrote a document without the first one's name, and that account was no longer found by
-- it. The API locks the account before it adds a contact, so only other writers met this. The
-- search row is now locked before it is recomputed, and the recomputing statement takes its
-- snapshot after the lock, so it sees every contact committed before.

alter table account_search add column contacts bigint not null default 0;

create or replace function account_search_sync_contact() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    joined constant uuid := case when tg_op <> 'DELETE' then new.customer_account_id end;
    left_ constant uuid := case when tg_op <> 'INSERT' then old.customer_account_id end;
begin
    -- In one order, for a contact moved between two accounts.
    perform from account_search s
      where s.account_id in (joined, left_)
      order by s.account_id
        for update;
    update account_search s
       set document = account_search_document(a.company_name, a.id),
           contacts = (select count(*) from customer_contacts c where c.customer_account_id = a.id)
      from customer_accounts a
     where a.id = s.account_id
       and s.account_id in (joined, left_);
    return null;
end
$$;

-- Accounts that exist already, read past forced row-level security for this one statement.
alter table customer_contacts no force row level security;
update account_search s
   set contacts = n.contacts
  from (select customer_account_id, count(*) as contacts from customer_contacts group by customer_account_id) n
 where n.customer_account_id = s.account_id;
alter table customer_contacts force row level security;

-- As V28's, with each account's contacts.
drop function search_accounts_page(text, integer, bigint);
create function search_accounts_page(query text, page_limit integer, page_offset bigint)
    returns table (account_id uuid, place bigint, rank real, matches bigint, contacts bigint)
    language sql stable security definer rows 50
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
    select p.account_id, page_offset + row_number() over (order by p.rank desc, p.created_at desc, p.account_id desc),
           p.rank, p.matches, p.contacts
      from (select m.*, count(*) over () as matches
              from (select s.account_id, s.created_at, s.contacts, ts_rank(s.document, q.query) as rank
                      from account_search s,
                           websearch_to_tsquery('english', search_accounts_page.query) as q(query)
                     where s.user_id = (select auth.uid())
                       and s.document @@ q.query
                    offset 0) m
             order by m.rank desc, m.created_at desc, m.account_id desc
             limit page_limit offset page_offset) p
     order by p.rank desc, p.created_at desc, p.account_id desc
$$;

revoke all on function search_accounts_page(text, integer, bigint) from public;
grant execute on function search_accounts_page(text, integer, bigint) to ${app_role};
