-- A search for a common fragment ("son" is in a third of the contacts) used to return every match
-- from search_contacts() and let the page sort them all: 30,000 rows rechecked on the heap and
-- hashed for a page of 50. The two functions below answer the contact list's questions themselves,
-- the page of matches in the list's order and how many match up to a ceiling, each planned for the
-- text it is given. PostgreSQL then picks per search: for a common fragment it walks the user's
-- rows in name order and stops once the page is full; for a rare one it asks the trigram index and
-- sorts the few matches. Like search_contacts(), they are security definers that only ever read the
-- current user's rows, and the contacts they name are read again through the contacts table's own
-- policies.

-- The name order lives beside the document, so that walking the user's rows in that order reads one
-- narrow row each. (The index does not carry the document: a btree entry holds at most 2,704 bytes,
-- and a contact with long names in a script of many bytes per letter would no longer save.)
alter table contact_search add column last_name_key text, add column first_name_key text;

-- The contacts that exist already, read past forced row-level security for this one statement.
alter table contacts no force row level security;
update contact_search s
   set last_name_key = lower(c.last_name), first_name_key = lower(c.first_name)
  from contacts c
 where c.id = s.contact_id;
alter table contacts force row level security;

create index idx_contact_search_user_name on contact_search (user_id, last_name_key, first_name_key, contact_id);

-- The planner estimates a fragment from the histogram of documents; 1,000 entries tell a fragment in
-- one contact in a thousand from one in ten, where the default 100 cannot.
alter table contact_search alter column document set statistics 1000;
analyze contact_search;

create or replace function contact_search_sync() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into contact_search (contact_id, user_id, document, last_name_key, first_name_key)
    values (new.id, new.user_id, contact_search_document(new), lower(new.last_name), lower(new.first_name))
    on conflict (contact_id) do update
        set document = excluded.document, user_id = excluded.user_id,
            last_name_key = excluded.last_name_key, first_name_key = excluded.first_name_key;
    return new;
end
$$;

create function contact_search_pattern(query text) returns text
    language sql immutable parallel safe
as $$
    select '%' || replace(replace(replace(lower(query), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

-- search_contacts() (V12), kept for a search with tags and for the export, with the same escaping.
create or replace function search_contacts(query text) returns table (contact_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.contact_id
      from contact_search s
     where s.user_id = (select auth.uid())
       and s.document like contact_search_pattern(query)
$$;

-- How many of the current user's contacts match the text, counting no further than the ceiling. The
-- user and the pattern go into the statement as quoted literals, not parameters, so that it is
-- planned for this text: planned with parameters, PostgreSQL cannot tell "son" from "4567".
create function count_contact_matches(query text, ceiling bigint) returns bigint
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
declare
    matches bigint;
begin
    execute format($count$
        select count(*) from (
            select 1 from contact_search s where s.user_id = %1$L and s.document like %2$L limit %3$s) m
        $count$, auth.uid(), contact_search_pattern(query), ceiling)
        into matches;
    return matches;
end
$$;

-- The page of the current user's contacts matching the text, in the order the contact list uses
-- (ContactRepository.ORDER), with each contact's place on the page and how many match, counted no
-- further than the ceiling. A count decides how the page is read. With 10,000 matches or more (one
-- contact in ten for a user with 100,000) they are common, and walking the user's rows in the page's
-- order meets 50 of them soon: by name, on the index above (a third of the contacts match "son": 219
-- rows for the first page). There the text is compared as "document || ''", which the trigram index
-- cannot serve, so that the planner walks the order whatever it estimates. Fewer matches are read
-- from the trigram index and sorted: walking would visit rows at random, 3,000 of them for a first
-- page of "charlo" (1,689 matches), 41 ms where reading and sorting them
-- all takes 4, and 29,526 rows for "4567" (165 matches), which the planner chose from its estimates.
-- Literals, as in the count. No parallel workers: starting them cost 30 ms, for a page that takes one.
create function search_contacts_page(query text, sort text, descending boolean, page_limit integer,
                                     page_offset bigint, ceiling bigint, common bigint default 10000)
    returns table (contact_id uuid, place bigint, matches bigint)
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
declare
    direction constant text := case when descending then 'desc' else 'asc' end;
    ordering constant text := case sort
        when 'name' then format('last_name_key %1$s nulls last, first_name_key %1$s nulls last, contact_id',
                                direction)
        when 'company' then format('company_key %s nulls last, contact_id', direction)
        when 'created' then format('created_at %s, contact_id', direction)
    end;
    -- By name the search table alone answers; by company or creation the contacts give the order.
    source constant text := case sort
        when 'name' then 'select s.contact_id, s.last_name_key, s.first_name_key from contact_search s'
        else 'select s.contact_id, lower(c.company) as company_key, c.created_at from contact_search s'
             ' join contacts c on c.id = s.contact_id and c.user_id = s.user_id'
    end;
    matching constant text := format('where s.user_id = %L and s.document like %L',
                                     auth.uid(), contact_search_pattern(query));
    walking constant text := format('where s.user_id = %L and s.document || '''' like %L',
                                    auth.uid(), contact_search_pattern(query));
    total bigint;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    total := count_contact_matches(query, greatest(ceiling, common));
    if total < common then
        -- "offset 0" keeps the matches a subquery of their own, read whole from the trigram index.
        return query execute format(
            'select m.contact_id, row_number() over (order by %1$s), %5$s::bigint'
            ' from (%2$s %3$s offset 0) m order by %1$s limit %4$s offset %6$s',
            ordering, source, matching, page_limit, least(total, ceiling), page_offset);
    else
        return query execute format(
            'select m.contact_id, row_number() over (order by %1$s), %5$s::bigint'
            ' from (%2$s %3$s) m order by %1$s limit %4$s offset %6$s',
            ordering, source, walking, page_limit, least(total, ceiling), page_offset);
    end if;
end
$$;

revoke all on function search_contacts_page(text, text, boolean, integer, bigint, bigint, bigint) from public;
grant execute on function search_contacts_page(text, text, boolean, integer, bigint, bigint, bigint) to ${app_role};
revoke all on function count_contact_matches(text, bigint) from public;
grant execute on function count_contact_matches(text, bigint) to ${app_role};
