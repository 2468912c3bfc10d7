-- Times search functions on every fragment the search screen draws, weighted by the chance that it
-- draws it (bench/README.md, "Where a search's time goes"). As a superuser of Foyer's database:
--
--   psql -h localhost -p PORT -U postgres -d foyer -v fragments=fragments.tsv \
--        -v user=USER_ID -v functions=search_contacts_page -v rounds=5 -f bench/search-fragments.sql
--
-- fragments: the file SearchFragments writes; user: whose contacts are searched (the bench's big
-- user); functions: one or more functions with search_contacts_page()'s arguments, comma-separated,
-- called in turn on each fragment, in a new order each round; rounds: measured rounds, after one
-- round that warms up. Each call is a first page by name, as the application role with the user
-- bound. Prints, for each function, the weighted mean and the weighted 90th and 99th percentiles of
-- each fragment's median time.
\set ON_ERROR_STOP on
begin;
create temp table fragments (fragment text primary key, chance float8) on commit drop;
-- \copy takes no variables; a variable holding the whole command does.
\set copy_fragments '\\copy fragments from ' :'fragments'
:copy_fragments
create temp table timings (function text, fragment text, ms float8) on commit drop;
grant select on fragments to foyer_app;
grant insert on timings to foyer_app;
select set_config('bench.functions', :'functions', true), set_config('bench.rounds', :'rounds', true);
set local role foyer_app;
select set_config('app.user_id', :'user', true);
do $$
declare
    functions constant text[] := string_to_array(current_setting('bench.functions'), ',');
    rounds constant int := current_setting('bench.rounds')::int;
    f record;
    timed text;
    turn int := 0;
    started timestamptz;
    found bigint;
begin
    for round in 0..rounds loop
        for f in select fragment from fragments order by random() loop
            turn := turn + 1;
            -- Each function goes first as often as the others.
            for i in 0..cardinality(functions) - 1 loop
                timed := functions[1 + (i + turn) % cardinality(functions)];
                started := clock_timestamp();
                execute format('select count(*) from %I($1, ''name'', false, 50, 0, 1001)', timed)
                    using f.fragment into found;
                if round > 0 then
                    insert into timings values (timed, f.fragment, extract(epoch from clock_timestamp() - started) * 1000);
                end if;
            end loop;
        end loop;
    end loop;
end
$$;
reset role;
with medians as (
    select t.function, t.fragment, s.chance, percentile_cont(0.5) within group (order by t.ms) as ms
      from timings t join fragments s using (fragment)
     group by t.function, t.fragment, s.chance
), ranked as (
    select function, ms, chance,
           sum(chance) over (partition by function order by ms) / sum(chance) over (partition by function) as below
      from medians
)
select function,
       round((sum(chance * ms) / sum(chance))::numeric, 3) as mean_ms,
       round(min(ms) filter (where below >= 0.90)::numeric, 2) as p90_ms,
       round(min(ms) filter (where below >= 0.99)::numeric, 2) as p99_ms
  from ranked
 group by function
 order by function;
commit;
