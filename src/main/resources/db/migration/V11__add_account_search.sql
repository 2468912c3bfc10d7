-- Customer account search (seed 002: full-text search over company and contact names, ranked) that
-- stays on an index under row-level security.
--
-- Seed 002's own GIN indexes (idx_customer_accounts_company_name, idx_customer_contacts_name) stay as
-- they are, but under row-level security PostgreSQL cannot use them: `@@` is not leakproof, so it is
-- evaluated only after the policy, row by row. As with contact_search (V9), account_search holds
-- each account's searchable document, company name weighted above its contacts' names, with a GIN
-- index on (user_id, document). Only search_accounts() reads it: the application role has no
-- privilege on the table, the function returns the current user's rows only, and the table's own
-- policy admits every row so that no security qual stands between the query and the index. The
-- policies of customer_accounts apply again when the results are read.

create table account_search (
    account_id uuid primary key references customer_accounts (id) on delete cascade,
    -- The account's owner: customer_accounts.created_by, which stamp_editors never lets change.
    user_id    uuid not null,
    document   tsvector not null
);

create index idx_account_search_user_document on account_search using gin (user_id, document);

revoke all on account_search from ${app_role};
alter table account_search enable row level security;
alter table account_search force row level security;
create policy account_search_definer_only on account_search for all using (true) with check (true);

-- Company name weight A, contact names weight B: ts_rank then puts an account whose own name
-- matches above one that matches only through a contact.
create function account_search_document(company_name text, account uuid) returns tsvector
    language sql stable
as $$
    select setweight(to_tsvector('english', coalesce(company_name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(
               (select string_agg(c.contact_name, ' ' order by c.created_at, c.id)
                  from customer_contacts c
                 where c.customer_account_id = account), '')), 'B')
$$;

create function account_search_sync_account() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into account_search (account_id, user_id, document)
    values (new.id, new.created_by, account_search_document(new.company_name, new.id))
    on conflict (account_id) do update set document = excluded.document, user_id = excluded.user_id;
    return new;
end
$$;

create trigger customer_accounts_search_sync after insert or update of company_name, created_by
    on customer_accounts
    for each row execute function account_search_sync_account();

-- Recomputes the document of each account a contact joins or leaves. Only existing rows are
-- updated: when an account is deleted its contacts go by cascade, and its search row with it.
create function account_search_sync_contact() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    update account_search s
       set document = account_search_document(a.company_name, a.id)
      from customer_accounts a
     where a.id = s.account_id
       and s.account_id in (case when tg_op <> 'DELETE' then new.customer_account_id end,
                            case when tg_op <> 'INSERT' then old.customer_account_id end);
    return null;
end
$$;

create trigger customer_contacts_search_sync after insert or delete or update of contact_name, customer_account_id
    on customer_contacts
    for each row execute function account_search_sync_contact();

-- The current user's accounts whose company or contact names match the query (web search syntax:
-- words, "quoted phrases", or, -not), with their rank.
create function search_accounts(query text) returns table (account_id uuid, rank real)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.account_id, ts_rank(s.document, q.query) as rank
      from account_search s,
           websearch_to_tsquery('english', search_accounts.query) as q(query)
     where s.user_id = auth.uid()
       and s.document @@ q.query
$$;

revoke all on function search_accounts(text) from public;
grant execute on function search_accounts(text) to ${app_role};
revoke all on function account_search_sync_account() from public;
revoke all on function account_search_sync_contact() from public;
revoke all on function account_search_document(text, uuid) from public;

-- Accounts that exist already. The migration runs as the tables' owner, whom FORCE ROW LEVEL
-- SECURITY binds with no user set, so it would see no row: lifted for this transaction only.
alter table customer_accounts no force row level security;
alter table customer_contacts no force row level security;

insert into account_search (account_id, user_id, document)
select a.id, a.created_by, account_search_document(a.company_name, a.id)
  from customer_accounts a;

alter table customer_accounts force row level security;
alter table customer_contacts force row level security;
