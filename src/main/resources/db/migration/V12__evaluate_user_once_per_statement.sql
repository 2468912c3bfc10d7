-- Row-level security that reads the current user once per statement, not once per row.
--
-- auth.uid() reads a setting and casts its text to uuid. A policy written `user_id = auth.uid()`
-- is a filter PostgreSQL evaluates on every row a statement reads: counting a user's 100,000
-- contacts took 30–48 ms, nearly all of it in that filter, against 5 ms for the same index-only
-- scan with the user read once. Written `(select auth.uid())`, the call is an InitPlan, evaluated
-- once and compared as a constant. The conditions, and so who sees what, are unchanged. Only the
-- policies for reading change: writes touch a row or a few, where the difference does not show.
-- Measured with bench/'s CrmBench; the figures are in bench/README.md.

alter policy contacts_select on contacts
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
alter policy contact_tags_select on contact_tags
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
alter policy contacts_to_tags_select on contacts_to_tags
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
alter policy deals_select on deals
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
alter policy deal_stages_select on deal_stages
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
alter policy "Users can view their customer accounts" on customer_accounts
    using ((select auth.uid()) = created_by or (select auth.uid()) = updated_by or (select auth.is_admin()));

-- The search functions (V9, V11) likewise: their index scan checks every row it rechecks against
-- the user, 30,000 rows for a three-letter search among 100,000 contacts. Same bodies otherwise.
create or replace function search_contacts(query text) returns table (contact_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.contact_id
      from contact_search s
     where s.user_id = (select auth.uid())
       and s.document like '%' || replace(replace(replace(lower(query), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

create or replace function search_accounts(query text) returns table (account_id uuid, rank real)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.account_id, ts_rank(s.document, q.query) as rank
      from account_search s,
           websearch_to_tsquery('english', search_accounts.query) as q(query)
     where s.user_id = (select auth.uid())
       and s.document @@ q.query
$$;

-- The tag filter reads one user's contacts carrying a tag, grouped by contact: with the three
-- columns in this order that is an index-only scan, in contact order, where it was a bitmap scan
-- of the table (one heap page per 15 assignments) and a sort.
create index idx_contacts_to_tags_user_tag_contact on contacts_to_tags (user_id, tag_id, contact_id);
