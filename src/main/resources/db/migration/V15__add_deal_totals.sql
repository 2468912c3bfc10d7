-- The pipeline board's column totals and the dashboard's figures per stage, kept as they change.
--
-- Both screens summed every deal of the user on every request: 20–25 ms of PostgreSQL for a user
-- with 50,000 deals, growing with the deals. deal_totals holds, per user, stage, status and
-- currency, how many deals there are and their value, kept by statement triggers on deals in the
-- same transaction as the change: a reader sees totals that agree with the deals it can see.
-- Statement triggers with transition tables apply a bulk change (a renamed stage moving 10,000
-- deals, a user deleted) as one grouped update, not one per row.

create table deal_totals (
    user_id  uuid not null references users (id) on delete cascade,
    stage    text not null,
    status   deal_status not null,
    currency char(3) not null,
    deals    bigint not null,
    value    numeric not null,
    primary key (user_id, stage, status, currency)
);

-- Only the triggers below write it (as the migration's owner, through their security definer);
-- the application reads its own rows.
revoke insert, update, delete, truncate on deal_totals from ${app_role};
alter table deal_totals enable row level security;
alter table deal_totals force row level security;
create policy deal_totals_select on deal_totals for select
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
create policy deal_totals_maintained on deal_totals for all to current_user using (true) with check (true);

-- New deals add to their totals.
create function deal_totals_add_inserted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into deal_totals (user_id, stage, status, currency, deals, value)
    select user_id, stage, status, currency, count(*), sum(value)
      from new_deals
     group by user_id, stage, status, currency
     -- One order for every transaction, so that two adding to the same totals never deadlock.
     order by user_id, stage, status, currency
        on conflict (user_id, stage, status, currency) do update
       set deals = deal_totals.deals + excluded.deals, value = deal_totals.value + excluded.value;
    return null;
end
$$;

-- A changed deal leaves its old total and joins its new one. Only a change of stage, status,
-- currency or value moves anything; a total left with no deals goes.
create function deal_totals_move_updated() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into deal_totals (user_id, stage, status, currency, deals, value)
    select user_id, stage, status, currency, sum(deals), sum(value)
      from (select user_id, stage, status, currency, 1 as deals, value from new_deals
            union all
            select user_id, stage, status, currency, -1, -value from old_deals) change
     group by user_id, stage, status, currency
    having sum(deals) <> 0 or sum(value) <> 0
     order by user_id, stage, status, currency
        on conflict (user_id, stage, status, currency) do update
       set deals = deal_totals.deals + excluded.deals, value = deal_totals.value + excluded.value;
    delete from deal_totals t
     using old_deals o
     where t.user_id = o.user_id and t.stage = o.stage and t.status = o.status and t.currency = o.currency
       and t.deals = 0;
    return null;
end
$$;

-- Deleted deals leave their totals. Updates only: when a user is deleted, their totals may be
-- gone already, and nothing is left to subtract from.
create function deal_totals_subtract_deleted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    update deal_totals t
       set deals = t.deals - o.deals, value = t.value - o.value
      from (select user_id, stage, status, currency, count(*) as deals, sum(value) as value
              from old_deals
             group by user_id, stage, status, currency) o
     where t.user_id = o.user_id and t.stage = o.stage and t.status = o.status and t.currency = o.currency;
    delete from deal_totals t
     using old_deals o
     where t.user_id = o.user_id and t.stage = o.stage and t.status = o.status and t.currency = o.currency
       and t.deals = 0;
    return null;
end
$$;

create trigger deals_add_to_totals after insert on deals
    referencing new table as new_deals
    for each statement execute function deal_totals_add_inserted();
create trigger deals_move_totals after update on deals
    referencing old table as old_deals new table as new_deals
    for each statement execute function deal_totals_move_updated();
create trigger deals_subtract_from_totals after delete on deals
    referencing old table as old_deals
    for each statement execute function deal_totals_subtract_deleted();

revoke all on function deal_totals_add_inserted() from public;
revoke all on function deal_totals_move_updated() from public;
revoke all on function deal_totals_subtract_deleted() from public;

-- The deals that exist already. Their owners' rows are read past forced row-level security for
-- this one statement, as V9 did for the users.
alter table deals no force row level security;
insert into deal_totals (user_id, stage, status, currency, deals, value)
select user_id, stage, status, currency, count(*), sum(value)
  from deals
 group by user_id, stage, status, currency;
alter table deals force row level security;
