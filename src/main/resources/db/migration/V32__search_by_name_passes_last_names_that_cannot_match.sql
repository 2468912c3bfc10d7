-- A search by name walks the user's contacts in the name order (V20, V29, V31) and keeps the first
-- matches. A fragment of a last name ("khan", "chen", "evans") has its matches together, in that last
-- name's run of the order, far from its start: the walk's first stretch found none of them, and its
-- 1,700 matches were read from the index of keys, a table page each, and sorted: 3-5.5 ms, a quarter
-- of the bench's searches and more than half of the search function's time.
--
-- contact_search_runs keeps, for each user and last name (a run: the contacts with that last name,
-- together in the name order), how many contacts it has and the keys of what they could be found by:
-- every piece of three and of four letters of their documents, hashed with the owner as
-- contact_search_keys() does (V27). Each such piece of a fragment is a piece of every document that
-- contains it, so a run whose keys lack one of the fragment's holds no match. A search by name asks
-- which runs could match and, when they hold no more than half of the user's contacts, walks only
-- those: "khan" walks 51 rows of the Khan run for its first page.
--
-- Pieces of letters only, and four letters as well as three, because a run of 1,700 contacts holds
-- nearly every three characters of its names, emails, companies and phone numbers: "chen" would have
-- been in 55 of the bench's 60 runs by "che" (an email at pacifichealth.com.au) and "hen" (Henry).
-- By four letters it is in one. A fragment with no piece of three letters ("04", "a.b") is not
-- narrowed.
--
-- A run's keys only grow while it has contacts: what a deleted or edited contact brought stays until
-- the run is empty, which costs a run walked in vain, never a match missed. Contacts without a last
-- name are the run '' (the name order puts them last).
--
-- Measured over the 1,628 fragments the bench draws, first pages by name for its big user (100,000
-- contacts), weighted by their chances (bench/search-fragments.sql): 1.76-1.94 ms a search before,
-- 1.14-1.22 with the runs. A contact written costs more: its run's count and keys (bench/README.md).

-- The pieces of three and four letters of a text, each hashed and mixed with its owner's hash.
create function contact_search_run_keys(owner uuid, document text) returns integer[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct hashtext(substr(w.word, i, n)) # o.owner_key), '{}')
      from (select hashtext(owner::text) as owner_key) o,
           regexp_split_to_table(document, '[^[:alpha:]]+') w(word),
           generate_series(3, 4) n,
           generate_series(1, char_length(w.word) - n + 1) i
$$;

revoke all on function contact_search_run_keys(uuid, text) from public;

create table contact_search_runs (
    user_id       uuid not null references users (id) on delete cascade,
    -- lower(last_name), as contact_search.last_name_key; '' for contacts without one.
    last_name_key text not null,
    contacts      bigint not null,
    keys          integer[] not null,
    primary key (user_id, last_name_key)
) with (fillfactor = 70); -- a count moves with each contact: room for it on the same page

create index idx_contact_search_runs_keys on contact_search_runs using gin (keys);

revoke all on contact_search_runs from ${app_role};
alter table contact_search_runs enable row level security;
alter table contact_search_runs force row level security;
create policy contact_search_runs_definer_only on contact_search_runs for all using (true) with check (true);

-- Contacts joining their runs (counted in, when `counted`) or bringing a changed document's keys to
-- them. The runs are written in one order, so that two statements cannot wait for each other; a
-- run's keys are rewritten only when they gain one, and left as they are, an update of the count
-- alone stays on the same page.
create function contact_search_runs_join(owners uuid[], runs text[], counted boolean[], documents text[])
    returns void
    language sql
as $$
    insert into contact_search_runs as r (user_id, last_name_key, contacts, keys)
    select c.user_id, c.run, c.contacts, coalesce(k.keys, '{}')
      from (select j.user_id, j.run, count(*) filter (where j.counted) as contacts
              from unnest(owners, runs, counted) j(user_id, run, counted)
             group by 1, 2) c
      left join (select j.user_id, j.run, array_agg(distinct k.key) as keys
                   from unnest(owners, runs, documents) j(user_id, run, document),
                        unnest(contact_search_run_keys(j.user_id, j.document)) k(key)
                  group by 1, 2) k on k.user_id = c.user_id and k.run = c.run
     order by c.user_id, c.run
        on conflict (user_id, last_name_key) do update
       set contacts = r.contacts + excluded.contacts,
           keys = case when r.keys @> excluded.keys then r.keys
                       else array(select distinct k from unnest(r.keys || excluded.keys) k) end
$$;

-- Contacts leaving their runs; a run left empty goes. When a user is deleted, their runs may be
-- gone already: only updates and deletes here.
create function contact_search_runs_leave(owners uuid[], runs text[])
    returns void
    language sql
as $$
    update contact_search_runs r
       set contacts = r.contacts - l.contacts
      from (select l.user_id, l.run, count(*) as contacts
              from unnest(owners, runs) l(user_id, run)
             group by 1, 2
             order by 1, 2) l
     where r.user_id = l.user_id and r.last_name_key = l.run;
    delete from contact_search_runs r
     using (select distinct l.user_id, l.run from unnest(owners, runs) l(user_id, run)) l
     where r.user_id = l.user_id and r.last_name_key = l.run and r.contacts <= 0;
$$;

revoke all on function contact_search_runs_join(uuid[], text[], boolean[], text[]) from public;
revoke all on function contact_search_runs_leave(uuid[], text[]) from public;

-- Statement triggers, as contact_counts' (V16): a CSV import's chunk is grouped by run once.
create function contact_search_runs_add_inserted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    perform contact_search_runs_join(array_agg(n.user_id), array_agg(coalesce(lower(n.last_name), '')),
                                     array_agg(true), array_agg(contact_search_document(n::contacts)))
       from new_contacts n;
    return null;
end
$$;

-- A contact whose last name changed leaves its run for another; one whose document changed brings
-- its keys to its run.
create function contact_search_runs_move_updated() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    perform contact_search_runs_leave(array_agg(o.user_id), array_agg(coalesce(lower(o.last_name), '')))
       from old_contacts o
       join new_contacts n on n.id = o.id
      where coalesce(lower(o.last_name), '') <> coalesce(lower(n.last_name), '');
    perform contact_search_runs_join(array_agg(n.user_id), array_agg(coalesce(lower(n.last_name), '')),
                                     array_agg(coalesce(lower(o.last_name), '') <> coalesce(lower(n.last_name), '')),
                                     array_agg(contact_search_document(n::contacts)))
       from old_contacts o
       join new_contacts n on n.id = o.id
      where coalesce(lower(o.last_name), '') <> coalesce(lower(n.last_name), '')
         or contact_search_document(o::contacts) <> contact_search_document(n::contacts);
    return null;
end
$$;

create function contact_search_runs_subtract_deleted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    perform contact_search_runs_leave(array_agg(o.user_id), array_agg(coalesce(lower(o.last_name), '')))
       from old_contacts o;
    return null;
end
$$;

create trigger contacts_add_to_search_runs after insert on contacts
    referencing new table as new_contacts
    for each statement execute function contact_search_runs_add_inserted();
create trigger contacts_move_search_runs after update on contacts
    referencing old table as old_contacts new table as new_contacts
    for each statement execute function contact_search_runs_move_updated();
create trigger contacts_subtract_from_search_runs after delete on contacts
    referencing old table as old_contacts
    for each statement execute function contact_search_runs_subtract_deleted();

revoke all on function contact_search_runs_add_inserted() from public;
revoke all on function contact_search_runs_move_updated() from public;
revoke all on function contact_search_runs_subtract_deleted() from public;

-- The contacts that exist already, from the search table (owned here, its policy admits all), one
-- user at a time.
set local work_mem = '256MB';
select contact_search_runs_join(array_agg(s.user_id), array_agg(coalesce(s.last_name_key, '')), array_agg(true),
                                array_agg(s.document))
  from contact_search s
 group by s.user_id;
analyze contact_search_runs;

-- The owner's runs whose keys hold every one wanted: their last names in the name order, how many
-- contacts they have, and whether the run of contacts without a last name is one of them. The planner
-- counts the table's pages, not the keys it would read for each row out of line, and would scan the
-- bench's 610 runs (14 ms) rather than read the index (0.08 ms); the owner is compared on the rows
-- the index gives, for the same reason as in contact_search_matching() (V31).
create function contact_search_runs_holding(owner uuid, wanted integer[],
                                            out runs text[], out contacts bigint, out without_last_name boolean)
    language sql stable
    set enable_seqscan = off
as $$
    select coalesce(array_agg(r.last_name_key order by r.last_name_key), '{}'), coalesce(sum(r.contacts), 0),
           coalesce(bool_or(r.last_name_key = ''), false)
      from contact_search_runs r
     where r.keys @> wanted
       and (r.user_id = owner) is true
$$;

revoke all on function contact_search_runs_holding(uuid, integer[]) from public;

-- As contact_search_walk_by_name() (V31), over the given runs only: a stretch of their rows in the name
-- order, then those without a last name, and the first matches in it.
create function contact_search_walk_runs(owner uuid, pattern text, runs text[], without_last_name boolean,
                                         skipped bigint, stretch bigint, wanted bigint)
    returns uuid[]
    language sql stable
as $$
    select array_agg(p.contact_id order by p.last_name_key, p.first_name_key, p.contact_id)
      from (select w.contact_id, w.last_name_key, w.first_name_key
              from (select u.contact_id, u.last_name_key, u.first_name_key, u.document
                      from ((select s.contact_id, s.last_name_key, s.first_name_key, s.document
                               from contact_search s
                              where s.user_id = owner
                                and s.last_name_key = any(runs)
                                and contact_search_fits_index(s.document, s.last_name_key, s.first_name_key)
                              order by s.last_name_key, s.first_name_key, s.contact_id)
                            union all
                            (select s.contact_id, s.last_name_key, s.first_name_key, s.document
                               from contact_search s
                              where without_last_name
                                and s.user_id = owner
                                and s.last_name_key is null
                                and contact_search_fits_index(s.document, s.last_name_key, s.first_name_key)
                              order by s.last_name_key, s.first_name_key, s.contact_id)) u
                     order by u.last_name_key, u.first_name_key, u.contact_id
                     limit stretch offset skipped) w
             where w.document like pattern
             order by w.last_name_key, w.first_name_key, w.contact_id
             limit wanted) p
$$;

revoke all on function contact_search_walk_runs(uuid, text, text[], boolean, bigint, bigint, bigint) from public;

-- As V31's, but by name over the name index the walk goes over the runs that could match when they
-- hold no more than half of the user's contacts, and is sized by their contacts; when the walk would
-- reach past every one of their rows, it walks them all and counts the matches; and when no run
-- could match, nothing is read.
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
    -- The rows a walk may meet: the user's contacts, or the runs' that could match.
    walked_among bigint := coalesce((select c.contacts from contact_counts c where c.user_id = auth.uid()), 0);
    walk bigint;
    first_stretch bigint;
    by_name_index boolean := false;
    narrowed boolean := false;
    runs text[];
    run_contacts bigint;
    without_last_name boolean;
    run_keys integer[];
    promising boolean := true;
    walked uuid[] := '{}';
    walked_rows_so_far bigint := 0;
    rest uuid[];
    total bigint;
begin
    if ordering is null then
        raise exception 'unknown sort: %', sort using errcode = 'invalid_parameter_value';
    end if;
    if walkable then
        -- By name, the documents are read from the index in the order's own when every one of the
        -- user's entries is in it.
        by_name_index := sort = 'name'
                         and not exists (select from contact_search s
                                          where s.user_id = auth.uid()
                                            and not contact_search_fits_index(s.document, s.last_name_key,
                                                                              s.first_name_key));
    end if;
    if by_name_index then
        run_keys := contact_search_run_keys(auth.uid(), lower(query));
        if cardinality(run_keys) > 0 then
            select h.runs, h.contacts, h.without_last_name into runs, run_contacts, without_last_name
              from contact_search_runs_holding(auth.uid(), run_keys) h;
            if run_contacts = 0 then
                raise debug 'search_contacts_page: no run could match';
                return;
            end if;
            narrowed := run_contacts * 2 <= walked_among;
            if narrowed then
                walked_among := run_contacts;
            end if;
        end if;
    end if;
    walk := least(longest_walk, coalesce((page_offset + page_limit) * walk_rows_per_match,
                                         ceil(sqrt(20 * (page_offset + page_limit)::numeric * walked_among))));
    first_stretch := walk / 5;
    -- Every row that could match is within the walk: all are walked, and the matches counted.
    if narrowed and walk >= run_contacts then
        walked := coalesce(contact_search_walk_runs(auth.uid(), pattern, runs, without_last_name, 0, walk, walk), '{}');
        raise debug 'search_contacts_page: walked every run that could match';
        return query select u.id, page_offset + u.n, least(cardinality(walked)::bigint, ceiling)
                       from unnest(walked[page_offset + 1:page_offset + page_limit]) with ordinality as u(id, n);
        return;
    end if;
    -- A walk shorter than the page's end could not fill it.
    if walkable and walk >= page_offset + page_limit then
        if first_stretch >= page_limit + 1 then
            if narrowed then
                walked := contact_search_walk_runs(auth.uid(), pattern, runs, without_last_name, 0, first_stretch,
                                                   needed);
            elsif by_name_index then
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
            if narrowed then
                rest := contact_search_walk_runs(auth.uid(), pattern, runs, without_last_name, walked_rows_so_far,
                                                 walk - walked_rows_so_far, needed - cardinality(walked));
            elsif by_name_index then
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
