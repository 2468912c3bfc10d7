-- What a contact search costs, for the fragments users type:
--
-- The trigram index was on (user_id, document): the owner was a key of its own, whose list holds
-- every one of the owner's contacts, and each search intersected the fragment's trigrams with it.
-- That took 1.0-1.3 ms for "atild" (1,675 matches of 100,000), where the trigrams alone took 0.35.
-- The index is now on keys that carry the owner: each three characters of the document, hashed,
-- and mixed with a hash of the owner's id, so that a key's list holds only that owner's contacts
-- (0.5 ms for "atild" among a million contacts of ten owners). A key that two owners or two
-- trigrams share by chance only costs a row rechecked: the document is always compared as well.
--
-- How far the walk (V20) goes now depends on how many contacts the user has. It went 20 rows for
-- each contact up to the end of the page, 1,000 for a first page, tuned when reading a match from
-- the index cost several times what walking past a row costs. With the keys above the two cost
-- about the same (2.7 ms for the 1,700 matches of "jones", 1.6 microseconds each; a walk passes a
-- row in about 1.4), so a fragment is worth walking for when its matches are common enough that
-- the rows walked to fill the page are fewer than its matches: walking sqrt(page end x contacts)
-- rows is where the two meet (2,237 rows for a first page of 50 among 100,000 contacts: a fragment
-- in one contact in 44). "summ", in one contact in thirty, fell short of the 1,000 rows and its
-- 3,300 matches were read from the index (9 ms); it is now walked (2 ms). When a fifth of the walk
-- is longer than a page, the walk first goes that far: what it finds there tells whether the rest
-- will fill the page, and if not the matches are read from the index at once. Near the threshold
-- the two ways cost about the same, so a wrong guess there costs little.

-- The keys a text is found by: each run of three characters, the owner mixed in. A search's
-- fragment is lower-cased and keyed the same way, and every three characters of it are three
-- characters of any document that contains it, so the document's keys hold the fragment's. The
-- cost makes the planner read the keys from the index rather than compute them row by row.
create function contact_search_keys(owner uuid, document text) returns integer[]
    language sql immutable strict parallel safe cost 1000
as $$
    select array(select hashtext(substr(document, i, 3)) # hashtext(owner::text)
                   from generate_series(1, char_length(document) - 2) i)
$$;

-- The condition on contact_search for the current user's contacts that contain the text, for a
-- statement planned for this text: the user, the keys and the pattern as literals. The keys hold
-- only the user's rows but for chance collisions, so the user is compared on the rows they give,
-- as text: compared as a uuid, the planner would intersect the keys with the user's 100,000 entries
-- in idx_contact_search_user_name (11 ms of the 24 that a search for "ood" then took). Under three
-- characters a fragment has no keys, and the user's rows are read by that index.
create function contact_search_matching(query text) returns text
    language sql stable
    set search_path = public, pg_temp
as $$
    select case when char_length(lower(query)) >= 3
                then format('contact_search_keys(s.user_id, s.document) @> %L::integer[] and s.user_id::text = %L',
                            contact_search_keys(auth.uid(), lower(query)), auth.uid())
                else format('s.user_id = %L', auth.uid()) end
           || format(' and s.document like %L', contact_search_pattern(query))
$$;

revoke all on function contact_search_matching(text) from public;

-- For this migration's transaction only: keying a million documents takes a minute even so.
set local maintenance_work_mem = '256MB';
create index idx_contact_search_keys on contact_search using gin (contact_search_keys(user_id, document));
drop index idx_contact_search_user_document;
-- The documents' statistics were raised for the trigram estimates (V18), which no statement asks
-- for now; left raised, every analyze would key 300,000 sampled documents for the index above.
alter table contact_search alter column document set statistics -1;
analyze contact_search;

-- The current user's contacts that contain the text (V9), kept for a search with tags and for the
-- export; planned for each text, as the page and the count are.
drop function search_contacts(text);
create function search_contacts(query text) returns table (contact_id uuid)
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
begin
    return query execute 'select s.contact_id from contact_search s where ' || contact_search_matching(query);
end
$$;

revoke all on function search_contacts(text) from public;
grant execute on function search_contacts(text) to ${app_role};

-- How many of the current user's contacts contain the text, counting no further than the ceiling.
create or replace function count_contact_matches(query text, ceiling bigint) returns bigint
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set max_parallel_workers_per_gather = 0
as $$
declare
    matches bigint;
begin
    execute format('select count(*) from (select 1 from contact_search s where %s limit %s) m',
                   contact_search_matching(query), ceiling)
        into matches;
    return matches;
end
$$;

-- The page of the current user's contacts matching the text, in the order the contact list uses
-- (ContactRepository.ORDER), with each contact's place in that order and how many match: counted no
-- further than the ceiling, or null when the walk found more than the page (V26). The walk goes
-- sqrt(page end x the user's contacts) rows (above), or walk_rows_per_match rows for each contact
-- up to the end of the page when that is given, never more than 10,000; a fifth of that first
-- when a fifth is longer than a page.
-- Only orders an index gives are walked (name and company ascending, newest first); a walk that
-- does not fill the page is dropped, and the matches are read from the index instead; at
-- client_min_messages = debug1 it says which it did. The user and the text go into the statements
-- as quoted literals, so that each is planned for its own text. No parallel workers: starting them
-- cost 30 ms, for a page that takes one.
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
    -- idx_contact_search_user_name, idx_contacts_user_company and idx_contacts_user_created.
    walkable constant boolean := (sort in ('name', 'company') and not descending) or (sort = 'created' and descending);
    -- By name the search table alone answers; by company or creation the contacts give the order.
    source constant text := case sort
        when 'name' then 'select s.contact_id, s.last_name_key, s.first_name_key, s.document from contact_search s'
        else 'select s.contact_id, lower(c.company) as company_key, c.created_at, s.document from contact_search s'
             ' join contacts c on c.id = s.contact_id and c.user_id = s.user_id'
    end;
    -- The first rows of the walk in order, the matches among them, a number of those from an
    -- offset. "document || ''" is no column an index has keys for, so the planner walks the order
    -- whatever it estimates.
    walking constant text :=
        'select array_agg(p.contact_id order by %1$s) from ('
        ' select w.* from (%2$s where s.user_id = %3$L order by %1$s limit %5$s) w'
        ' where w.document || '''' like %4$L order by %1$s limit %6$s offset %7$s) p';
    pattern constant text := contact_search_pattern(query);
    needed constant bigint := page_offset + page_limit + 1;
    walk constant bigint := coalesce((page_offset + page_limit) * walk_rows_per_match,
                                     ceil(sqrt((page_offset + page_limit)::numeric
                                               * (select c.contacts from contact_counts c where c.user_id = auth.uid()))));
    first_stretch constant bigint := walk / 5;
    promising boolean := true;
    walked uuid[];
    total bigint;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    if walkable and walk between 1 and longest_walk then
        if first_stretch >= page_limit + 1 then
            execute format(walking, ordering, source, auth.uid(), pattern, first_stretch, needed, 0) into walked;
            if cardinality(walked) = needed then
                raise debug 'search_contacts_page: walked, more than the page';
                return query select u.id, page_offset + u.n, null::bigint
                               from unnest(walked[page_offset + 1:page_offset + page_limit]) with ordinality as u(id, n);
                return;
            end if;
            promising := coalesce(cardinality(walked), 0) * 5 >= needed;
        end if;
        if promising then
            execute format(walking, ordering, source, auth.uid(), pattern, walk, page_limit + 1, page_offset)
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
