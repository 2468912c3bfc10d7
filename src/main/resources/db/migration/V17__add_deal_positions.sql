-- The order of the cards in a pipeline column, set by the user.
--
-- A column reads highest position first. A new deal, or a deal moved into a column without a
-- place, takes the next value of one sequence, so it lands on top of any column whatever else
-- happened, as newest-first did before, and no two deals ever share a value from it. A card put
-- between two neighbours takes the exact midpoint of theirs: numeric, not floating point, so a
-- midpoint always exists and the order never needs renumbering (each halving adds one decimal
-- digit). Moves into a column are serialised per column by the application, so two of them never
-- read the same neighbours and pick the same value.
create sequence deal_positions as bigint;
grant usage on sequence deal_positions to ${app_role};

alter table deals add column position numeric;

-- Existing deals keep the order they had: newest first, the id breaking ties. The backfill changes
-- nothing else, so no trigger runs: the status and closing-date triggers read the stages under
-- row-level security, see none with no user bound, and would reopen every won and lost deal; the
-- others would stamp updated_at and move totals. The owners' rows are read past forced row-level
-- security for these statements, as V15 did.
alter table deals no force row level security;
alter table deals disable trigger user;
update deals d
   set position = ranked.position
  from (select id, row_number() over (order by created_at, id) as position from deals) ranked
 where ranked.id = d.id;
alter table deals enable trigger user;
-- Before forcing row-level security again: forced, the owner would see no deal and start at 1.
select setval('deal_positions', coalesce((select max(position)::bigint from deals), 0) + 1, false);
alter table deals force row level security;

alter table deals alter column position set default nextval('deal_positions');
alter table deals alter column position set not null;
alter sequence deal_positions owned by deals.position;

-- A column's page of the board: per user and stage, highest position first, stopping at the
-- page's end; archived deals are off the board, so out of the index. The index it replaces ordered
-- by created_at for the same page.
drop index idx_deals_user_stage_value;
create index idx_deals_user_stage_position on deals (user_id, stage, position desc, id desc)
    where status <> 'archived';
