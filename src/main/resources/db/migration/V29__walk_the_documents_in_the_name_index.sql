-- A walk (V20) read each row's document from contact_search: the name index gave the order, and
-- every row walked was a visit to the table, 1.4 microseconds a row (4.3 ms for the first 3,000 of
-- the bench's big user). An index in the same order now carries the document as well, and the walk
-- reads only that index: 0.3 microseconds a row (1.1 ms for the same 3,000).
--
-- A B-tree entry holds at most 2,704 bytes. A contact with every field at the form's longest, in
-- three-byte characters, makes an entry of 2,920, which no index can carry: its insert would fail.
-- So the index carries only the entries that fit, and a second index, nearly always empty, lists
-- the contacts whose entries do not; a user who has one is walked on the rows, as before.
--
-- Walking being five times cheaper, a walk may go further before reading the matches from the keys
-- (V27) is the cheaper way: sqrt(20 x page end x contacts) rows, 10,000 for a first page of 50
-- among 100,000 contacts (sqrt(page end x contacts) before). Over 60 fragments cut as the bench
-- cuts them, a first page took, mean ms: 2.37-2.47 before, 2.17-2.40 reading the new index at the
-- old length, 1.90-2.15 at 5,000 rows, 1.84-1.90 at 7,000, 1.74-1.90 at 10,000; every fragment's
-- matches read from the keys, none walked, 3.5. A walk longer than 10,000 rows now stops there,
-- where it was not taken at all: a user with more than 100,000 contacts still walks.

-- Whether a contact's entry fits in idx_contact_search_name_document, with room for its two ids.
create function contact_search_fits_index(document text, last_name_key text, first_name_key text)
    returns boolean
    language sql immutable parallel safe
as $$
    select octet_length(document) + coalesce(octet_length(last_name_key), 0)
           + coalesce(octet_length(first_name_key), 0) <= 2400
$$;

-- For this migration's transaction only.
set local maintenance_work_mem = '256MB';
create index idx_contact_search_name_document on contact_search (user_id, last_name_key, first_name_key, contact_id)
    include (document)
    where contact_search_fits_index(document, last_name_key, first_name_key);
create index idx_contact_search_long_documents on contact_search (user_id)
    where not contact_search_fits_index(document, last_name_key, first_name_key);

-- As V27's, but: the walk's length above, now cut at 10,000 rows where a longer walk was not taken;
-- by name, the walk reads idx_contact_search_name_document when every entry of the user's is in
-- it; after the first fifth, the rest of the walk passes over the fifth's rows without matching
-- them again (6 % less time a search over the same 60 fragments, the same pages); a walk shorter
-- than the page's end is not taken, as it could not fill the page; and no "document || ''": the
-- pattern is matched outside the walk's limit, where no index could be used for it anyway.
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
    source constant text := case sort
        when 'name' then 'select s.contact_id, s.last_name_key, s.first_name_key, s.document from contact_search s'
        else 'select s.contact_id, lower(c.company) as company_key, c.created_at, s.document from contact_search s'
             ' join contacts c on c.id = s.contact_id and c.user_id = s.user_id'
    end;
    -- A stretch of the walk, so many rows from a row in the order, and the first matches in it.
    walking constant text :=
        'select array_agg(p.contact_id order by %1$s) from ('
        ' select w.* from (%2$s where s.user_id = %3$L and %8$s order by %1$s limit %5$s offset %7$s) w'
        ' where w.document like %4$L order by %1$s limit %6$s) p';
    pattern constant text := contact_search_pattern(query);
    needed constant bigint := page_offset + page_limit + 1;
    walk constant bigint := least(longest_walk,
                                  coalesce((page_offset + page_limit) * walk_rows_per_match,
                                           ceil(sqrt(20 * (page_offset + page_limit)::numeric
                                                     * coalesce((select c.contacts from contact_counts c
                                                                  where c.user_id = auth.uid()), 0)))));
    first_stretch constant bigint := walk / 5;
    promising boolean := true;
    walked_rows text := 'true';
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
        if sort = 'name' and not exists (select from contact_search s
                                          where s.user_id = auth.uid()
                                            and not contact_search_fits_index(s.document, s.last_name_key,
                                                                              s.first_name_key)) then
            walked_rows := 'contact_search_fits_index(s.document, s.last_name_key, s.first_name_key)';
        end if;
        if first_stretch >= page_limit + 1 then
            execute format(walking, ordering, source, auth.uid(), pattern, first_stretch, needed, 0, walked_rows)
                into walked;
            walked := coalesce(walked, '{}');
            walked_rows_so_far := first_stretch;
            promising := cardinality(walked) * 5 >= needed;
        end if;
        -- The rest of the walk: the first stretch's rows are passed over, not matched again.
        if promising and cardinality(walked) < needed then
            execute format(walking, ordering, source, auth.uid(), pattern, walk - walked_rows_so_far,
                           needed - cardinality(walked), walked_rows_so_far, walked_rows)
                into rest;
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
        '         from (%2$s where %3$s offset 0) m'
        '        order by %1$s limit %5$s offset %6$s) p'
        ' order by %1$s',
        ordering, source, contact_search_matching(query), ceiling, page_limit, page_offset);
end
$$;
