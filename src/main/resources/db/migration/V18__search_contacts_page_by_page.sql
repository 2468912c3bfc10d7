-- A search for a common fragment ("son" is in a third of the contacts) used to return every match
-- from search_contacts() and let the page sort them all: 30,000 rows rechecked on the heap and
-- hashed for a page of 50. The two functions below answer the contact list's questions themselves,
-- the page of matches in the list's order and how many match up to a ceiling, each planned for the
-- text it is given. PostgreSQL then picks per search: for a common fragment it walks the user's
-- contacts in the page's order and stops once the page is full; for a rare one it asks the trigram
-- index and sorts the few matches. Like search_contacts(), they are security definers that only
-- ever read the current user's rows, and the contacts they name are read again through the
-- contacts table's own policies.

-- The count's cheap path for a common fragment: the user's rows in any order, stopping at the ceiling.
create index idx_contact_search_user on contact_search (user_id);

-- The planner estimates a fragment from the histogram of documents; 1,000 entries tell a fragment in
-- one contact in a thousand from one in ten, where the default 100 cannot.
alter table contact_search alter column document set statistics 1000;
analyze contact_search;

create function contact_search_pattern(query text) returns text
    language sql immutable parallel safe
as $$
    select '%' || replace(replace(replace(lower(query), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

-- The page of the current user's contacts matching the text, in the order the contact list uses
-- (ContactRepository.ORDER), with each contact's place on the page. The statement is built with
-- EXECUTE so that it is planned for this text, not once for any text.
create function search_contacts_page(query text, sort text, descending boolean, page_limit integer,
                                     page_offset integer)
    returns table (contact_id uuid, place bigint)
    language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
    direction constant text := case when descending then 'desc' else 'asc' end;
    ordering constant text := case sort
        when 'name' then format('lower(c.last_name) %1$s nulls last, lower(c.first_name) %1$s nulls last, c.id', direction)
        when 'company' then format('lower(c.company) %s nulls last, c.id', direction)
        when 'created' then format('c.created_at %s, c.id', direction)
    end;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    return query execute format($page$
        select c.id, row_number() over (order by %1$s)
          from contacts c
          join contact_search s on s.contact_id = c.id
         where c.user_id = $1 and s.user_id = $1 and s.document like $2
         order by %1$s
         limit $3 offset $4
        $page$, ordering)
        using auth.uid(), contact_search_pattern(query), page_limit, page_offset;
end
$$;

-- How many of the current user's contacts match the text, counting no further than the ceiling.
create function count_contact_matches(query text, ceiling integer) returns bigint
    language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
    matches bigint;
begin
    execute $count$
        select count(*) from (
            select 1 from contact_search s where s.user_id = $1 and s.document like $2 limit $3) m
        $count$
        into matches
        using auth.uid(), contact_search_pattern(query), ceiling;
    return matches;
end
$$;

revoke all on function search_contacts_page(text, text, boolean, integer, integer) from public;
grant execute on function search_contacts_page(text, text, boolean, integer, integer) to ${app_role};
revoke all on function count_contact_matches(text, integer) from public;
grant execute on function count_contact_matches(text, integer) to ${app_role};

-- search_contacts() (V12), kept for a search with tags and for the export, with the same escaping.
create or replace function search_contacts(query text) returns table (contact_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.contact_id
      from contact_search s
     where s.user_id = (select auth.uid())
       and s.document like contact_search_pattern(query)
$$;
