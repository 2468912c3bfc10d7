-- The search runs (V32) cut a CSV import's speed: of the 230 ms a chunk of 1,000 contacts spent in
-- contact_search_runs_join(), 113 went to cutting every document into its pieces and hashing them,
-- though a chunk's documents share most of their words (first names, a company's, "com", "au").
-- Now each distinct word of a run is cut and hashed once a statement (bench/README.md, ExportBench,
-- "What a million contacts cost to write"). The keys are the pieces contact_search_run_keys() (V32)
-- makes of a fragment, so nothing is rebuilt; ContactSearchRunsTest compares the two. That function
-- stays as it is: a search calls it, and calling a function for the pieces made each search slower.
create or replace function contact_search_runs_join(owners uuid[], runs text[], counted boolean[], documents text[])
    returns void
    language sql
as $$
    insert into contact_search_runs as r (user_id, last_name_key, contacts, keys)
    select c.user_id, c.run, c.contacts, coalesce(k.keys, '{}')
      from (select j.user_id, j.run, count(*) filter (where j.counted) as contacts
              from unnest(owners, runs, counted) j(user_id, run, counted)
             group by 1, 2) c
      left join (select w.user_id, w.run, array_agg(distinct hashtext(substr(w.word, i, n)) # w.owner_key) as keys
                   from (select distinct j.user_id, hashtext(j.user_id::text) as owner_key, j.run, s.word
                           from unnest(owners, runs, documents) j(user_id, run, document),
                                regexp_split_to_table(j.document, '[^[:alpha:]]+') s(word)) w,
                        generate_series(3, 4) n,
                        generate_series(1, char_length(w.word) - n + 1) i
                  group by 1, 2) k on k.user_id = c.user_id and k.run = c.run
     order by c.user_id, c.run
        on conflict (user_id, last_name_key) do update
       set contacts = r.contacts + excluded.contacts,
           keys = case when r.keys @> excluded.keys then r.keys
                       else array(select distinct k from unnest(r.keys || excluded.keys) k) end
$$;
