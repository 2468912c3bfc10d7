-- A search for a common fragment ("son" is in a third of the contacts) used to return every match
-- from search_contacts() and let the page sort them all: 30,000 rows rechecked on the heap and
-- hashed for a page of 50. The two functions below answer the contact list's questions themselves,
-- the page of matches in the list's order and how many match up to a ceiling, each planned for the
-- text it is given. PostgreSQL then picks per search: for a common fragment it walks the user's
-- rows in name order and stops once the page is full; for a rare one it asks the trigram index and
-- sorts the few matches. Like search_contacts(), they are security definers that only ever read the
-- current user's rows, and the contacts they name are read again through the contacts table's own
-- policies.

-- The name order lives beside the document, and the index in that order carries the document, so
-- that walking it checks the text without visiting a row: an index-only scan.
alter table contact_search add column last_name_key text, add column first_name_key text;

-- The contacts that exist already, read past forced row-level security for this one statement.
alter table contacts no force row level security;
update contact_search s
   set last_name_key = lower(c.last_name), first_name_key = lower(c.first_name)
  from contacts c
 where c.id = s.contact_id;
alter table contacts force row level security;

create index idx_contact_search_user_name on contact_search
    (user_id, last_name_key, first_name_key, contact_id) include (document);

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

-- The page of the current user's contacts matching the text, in the order the contact list uses
-- (ContactRepository.ORDER), with each contact's place on the page. By name, the search table alone
-- answers; by company or creation, the contacts are joined for their order. The user and the pattern
-- go into the statement as quoted literals, not parameters: planned with parameters, PostgreSQL took
-- "son" (a third of the contacts) for one contact in twenty-five. No parallel workers: starting them
-- cost 30 ms, for a page that takes one.
create function search_contacts_page(query text, sort text, descending boolean, page_limit integer,
                                     page_offset integer)
    returns table (contact_id uuid, place bigint)
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
declare
    direction constant text := case when descending then 'desc' else 'asc' end;
    ordering constant text := case sort
        when 'name' then format('s.last_name_key %1$s nulls last, s.first_name_key %1$s nulls last, s.contact_id',
                                direction)
        when 'company' then format('lower(c.company) %s nulls last, c.id', direction)
        when 'created' then format('c.created_at %s, c.id', direction)
    end;
    source constant text := case sort
        when 'name' then 'contact_search s'
        else 'contacts c join contact_search s on s.contact_id = c.id and c.user_id = s.user_id'
    end;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    return query execute format($page$
        select s.contact_id, row_number() over (order by %1$s)
          from %2$s
         where s.user_id = %3$L and s.document like %4$L
         order by %1$s
         limit %5$s offset %6$s
        $page$, ordering, source, auth.uid(), contact_search_pattern(query), page_limit, page_offset);
end
$$;

-- How many of the current user's contacts match the text, counting no further than the ceiling;
-- planned for the text as above.
create function count_contact_matches(query text, ceiling integer) returns bigint
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

revoke all on function search_contacts_page(text, text, boolean, integer, integer) from public;
grant execute on function search_contacts_page(text, text, boolean, integer, integer) to ${app_role};
revoke all on function count_contact_matches(text, integer) from public;
grant execute on function count_contact_matches(text, integer) to ${app_role};
