-- Three costs a search paid on every call, found in a profile of search_contacts_page():
--
-- * A walk by name was a statement written out and planned for each stretch, 0.2 ms a plan. By
--   name, with every entry of the user's in idx_contact_search_name_document (the search screen's
--   own order, and nearly always so), it is now contact_search_walk_by_name(), a SQL function:
--   PostgreSQL 18 keeps its plan for the session (the same index-only scan); older servers plan
--   it again more often, at worst at each call, as before.
-- * The matches read from the keys carried their documents through the count and the sort; only
--   the ids and the sort keys go on now, the document being matched where the row is read.
-- * The user was compared as text on each match (V27), to keep the planner from intersecting the
--   keys with the user's 100,000 entries in idx_contact_search_user_name; "is true" keeps it from
--   that as well, and compares the uuid as it is.

create function contact_search_walk_by_name(owner uuid, pattern text, skipped bigint, stretch bigint, wanted bigint)
    returns uuid[]
    language sql stable
as $$
    select array_agg(p.contact_id order by p.last_name_key, p.first_name_key, p.contact_id)
      from (select w.contact_id, w.last_name_key, w.first_name_key
              from (select s.contact_id, s.last_name_key, s.first_name_key, s.document
                      from contact_search s
                     where s.user_id = owner
                       and contact_search_fits_index(s.document, s.last_name_key, s.first_name_key)
                     order by s.last_name_key, s.first_name_key, s.contact_id
                     limit stretch offset skipped) w
             where w.document like pattern
             order by w.last_name_key, w.first_name_key, w.contact_id
             limit wanted) p
$$;

revoke all on function contact_search_walk_by_name(uuid, text, bigint, bigint, bigint) from public;

create or replace function contact_search_matching(query text) returns text
    language sql stable
    set search_path = public, pg_temp
as $$
    select case when char_length(lower(query)) >= 3
                then format('contact_search_keys(s.user_id, s.document) @> %L::integer[] and (s.user_id = %L::uuid) is true',
                            contact_search_keys(auth.uid(), lower(query)), auth.uid())
                else format('s.user_id = %L', auth.uid()) end
           || format(' and s.document like %L', contact_search_pattern(query))
$$;

-- As V29's, but a walk by name over the name index goes through contact_search_walk_by_name(); any
-- other walk is on the rows, so the statement written out no longer needs V29's condition; and the
-- matches read from the keys carry only the ids and the sort keys.
create or replace function search_contacts_page(query text, sort text, descending boolean, page_limit integer,
                                     page_offset bigint, ceiling bigint, walk_rows_per_match integer default null)
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
    -- idx_contact_search_name_document (or idx_contact_search_user_name), idx_contacts_user_company
    -- and idx_contacts_user_created.
    walkable constant boolean := (sort in ('name', 'company') and not descending) or (sort = 'created' and descending);
    -- By name the search table alone answers; by company or creation the contacts give the order.
    order_keys constant text := case sort
        when 'name' then 's.contact_id, s.last_name_key, s.first_name_key'
        else 's.contact_id, lower(c.company) as company_key, c.created_at'
    end;
    tables constant text := case sort
        when 'name' then 'contact_search s'
        else 'contact_search s join contacts c on c.id = s.contact_id and c.user_id = s.user_id'
    end;
    -- A stretch of the walk on the rows, so many rows from a row in the order, and the first
    -- matches in it.
    walking constant text :=
        'select array_agg(p.contact_id order by %1$s) from ('
        ' select w.* from (select %2$s, s.document from %3$s where s.user_id = %4$L'
        '                   order by %1$s limit %6$s offset %8$s) w'
        ' where w.document like %5$L order by %1$s limit %7$s) p';
    pattern constant text := contact_search_pattern(query);
    needed constant bigint := page_offset + page_limit + 1;
    walk constant bigint := least(longest_walk,
                                  coalesce((page_offset + page_limit) * walk_rows_per_match,
                                           ceil(sqrt(20 * (page_offset + page_limit)::numeric
                                                     * coalesce((select c.contacts from contact_counts c
                                                                  where c.user_id = auth.uid()), 0)))));
    first_stretch constant bigint := walk / 5;
    by_name_index boolean := false;
    promising boolean := true;
    walked uuid[] := '{}';
    walked_rows_so_far bigint := 0;
    rest uuid[];
    total bigint;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    -- A walk shorter than the page's end could not fill it.
    if walkable and walk >= page_offset + page_limit then
        -- By name, the documents are read from the index in the order's own when every one of the
        -- user's entries is in it; asked only when there is a walk.
        by_name_index := sort = 'name'
                         and not exists (select from contact_search s
                                          where s.user_id = auth.uid()
                                            and not contact_search_fits_index(s.document, s.last_name_key,
                                                                              s.first_name_key));
        if first_stretch >= page_limit + 1 then
            if by_name_index then
                walked := contact_search_walk_by_name(auth.uid(), pattern, 0, first_stretch, needed);
            else
                execute format(walking, ordering, order_keys, tables, auth.uid(), pattern, first_stretch, needed, 0)
                    into walked;
            end if;
            walked := coalesce(walked, '{}');
            walked_rows_so_far := first_stretch;
            promising := cardinality(walked) * 5 >= needed;
        end if;
        -- The rest of the walk: the first stretch's rows are passed over, not matched again.
        if promising and cardinality(walked) < needed then
            if by_name_index then
                rest := contact_search_walk_by_name(auth.uid(), pattern, walked_rows_so_far, walk - walked_rows_so_far,
                                                    needed - cardinality(walked));
            else
                execute format(walking, ordering, order_keys, tables, auth.uid(), pattern, walk - walked_rows_so_far,
                               needed - cardinality(walked), walked_rows_so_far)
                    into rest;
            end if;
            walked := walked || coalesce(rest, '{}');
        end if;
        if promising and cardinality(walked) = needed then
            raise debug 'search_contacts_page: walked, more than the page';
            return query select u.id, page_offset + u.n, null::bigint
                           from unnest(walked[page_offset + 1:page_offset + page_limit]) with ordinality as u(id, n);
            return;
        elsif promising and cardinality(walked) = page_offset + page_limit then
            raise debug 'search_contacts_page: walked';
            total := count_contact_matches(query, ceiling);
            return query select u.id, page_offset + u.n, least(total, ceiling)
                           from unnest(walked[page_offset + 1:page_offset + page_limit]) with ordinality as u(id, n);
            return;
        elsif promising then
            raise debug 'search_contacts_page: sorted, the walk fell short';
        else
            raise debug 'search_contacts_page: sorted, the first stretch fell short';
        end if;
    else
        raise debug 'search_contacts_page: sorted';
    end if;
    -- "offset 0" keeps the matches a subquery of their own, read whole from the index. They are
    -- counted as they are, and only the page is sorted out of them (a bounded top-N sort); the
    -- places are numbered on the page.
    return query execute format(
        'select p.contact_id, %6$s + row_number() over (order by %1$s), least(p.total, %4$s)'
        ' from (select m.*, count(*) over () as total'
        '         from (select %2$s from %7$s where %3$s offset 0) m'
        '        order by %1$s limit %5$s offset %6$s) p'
        ' order by %1$s',
        ordering, order_keys, contact_search_matching(query), ceiling, page_limit, page_offset, tables);
end
$$;
