-- A search whose walk (V20) meets more matches than its page holds is no longer counted. The count
-- read every match from the trigram index, because a bitmap index scan cannot stop early: 6 to 8 ms
-- for a common fragment (30,431 matches of "son"), where the walk that found the page took under one,
-- and search as you type asks for a page on every key. The walk now looks for one match past the
-- page: when it finds it, the page is returned with matches null, "more than this page, not
-- counted", and the list says "of more than" the page's end. A walk that just fills the page is
-- counted as before, and the matches read from the trigram index are counted as they are read.

-- The page of the current user's contacts matching the text, in the order the contact list uses
-- (ContactRepository.ORDER), with each contact's place in that order and how many match: counted no
-- further than the ceiling, or null when the walk found more than the page (see above).
-- walk_rows_per_match sets how far the walk goes: that many rows for each
-- contact up to the end of the page (20: a fragment in one contact in twenty, 1,000 rows for a
-- first page of 50), never more than 10,000. Only orders an index gives are walked (name and company
-- ascending, newest first); a walk that does not fill the page is dropped, and the matches are read
-- from the trigram index instead; at client_min_messages = debug1 it says which it did. The user and
-- the text go into the statements as quoted literals, so that each is planned for its own text (see
-- count_contact_matches()). No parallel workers: starting them cost 30 ms, for a page that takes one.

create or replace function search_contacts_page(query text, sort text, descending boolean, page_limit integer,
                                     page_offset bigint, ceiling bigint, walk_rows_per_match integer default 20)
    returns table (contact_id uuid, place bigint, matches bigint)
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
declare
    longest_walk constant bigint := 10000;
    direction constant text := case when descending then 'desc' else 'asc' end;
    ordering constant text := case sort
        when 'name' then format('last_name_key %1$s nulls last, first_name_key %1$s nulls last, contact_id',
                                direction)
        when 'company' then format('company_key %s nulls last, contact_id', direction)
        when 'created' then format('created_at %s, contact_id', direction)
    end;
    -- idx_contact_search_user_name, idx_contacts_user_company and idx_contacts_user_created.
    walkable constant boolean := (sort in ('name', 'company') and not descending) or (sort = 'created' and descending);
    -- By name the search table alone answers; by company or creation the contacts give the order.
    source constant text := case sort
        when 'name' then 'select s.contact_id, s.last_name_key, s.first_name_key, s.document from contact_search s'
        else 'select s.contact_id, lower(c.company) as company_key, c.created_at, s.document from contact_search s'
             ' join contacts c on c.id = s.contact_id and c.user_id = s.user_id'
    end;
    pattern constant text := contact_search_pattern(query);
    walk bigint := (page_offset + page_limit) * walk_rows_per_match;
    walked uuid[];
    total bigint;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    if walkable and walk between 1 and longest_walk then
        execute format(
            'select array_agg(p.contact_id order by %1$s) from ('
            ' select w.* from (%2$s where s.user_id = %3$L order by %1$s limit %4$s) w'
            ' where w.document like %5$L order by %1$s limit %6$s offset %7$s) p',
            ordering, source, auth.uid(), walk, pattern, page_limit + 1, page_offset)
            into walked;
        if cardinality(walked) > page_limit then
            raise debug 'search_contacts_page: walked, more than the page';
            return query select u.id, page_offset + u.n, null::bigint
                           from unnest(walked[1:page_limit]) with ordinality as u(id, n);
            return;
        elsif cardinality(walked) = page_limit then
            raise debug 'search_contacts_page: walked';
            total := count_contact_matches(query, ceiling);
            return query select u.id, page_offset + u.n, least(total, ceiling)
                           from unnest(walked) with ordinality as u(id, n);
            return;
        end if;
    end if;
    raise debug 'search_contacts_page: sorted';
    -- "offset 0" keeps the matches a subquery of their own, read whole from the trigram index. They
    -- are counted as they are, and only the page is sorted out of them (a bounded top-N sort); the
    -- places are numbered on the page.
    return query execute format(
        'select p.contact_id, %7$s + row_number() over (order by %1$s), least(p.total, %5$s)'
        ' from (select m.*, count(*) over () as total'
        '         from (%2$s where s.user_id = %3$L and s.document like %4$L offset 0) m'
        '        order by %1$s limit %6$s offset %7$s) p'
        ' order by %1$s',
        ordering, source, auth.uid(), pattern, ceiling, page_limit, page_offset);
end
$$;

