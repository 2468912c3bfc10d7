-- The dashboard's deals won and lost this month, kept as they change.
--
-- The dashboard counted them on every request from idx_deals_user_closed_at: an index-only scan of
-- every deal closed in the month, 2,214 of them for a user with 50,000 deals (a millisecond, the
-- largest part of the dashboard's database time, and growing with the user's business).
-- closed_deal_totals holds, per user, month, status and currency, how many deals won or lost in
-- that month there are and their value, kept by statement triggers on deals in the same
-- transaction as the change, as deal_totals (V15) is. The month is the calendar month in UTC that
-- holds the deal's closed_at, given as its first instant, as the dashboard's MonthWindow has it.
-- An archived deal keeps its closing date but leaves the totals, as it left the dashboard's count.

create table closed_deal_totals (
    user_id  uuid not null references users (id) on delete cascade,
    month    timestamptz not null,
    status   deal_status not null check (status in ('won', 'lost')),
    currency char(3) not null,
    deals    bigint not null,
    value    numeric not null,
    primary key (user_id, month, status, currency)
);

revoke insert, update, delete, truncate on closed_deal_totals from ${app_role};
alter table closed_deal_totals enable row level security;
alter table closed_deal_totals force row level security;
create policy closed_deal_totals_select on closed_deal_totals for select
    using (user_id = (select auth.uid()) or (select auth.is_admin()));
create policy closed_deal_totals_maintained on closed_deal_totals for all to current_user using (true) with check (true);

-- The deals of a transition table that count: won or lost, with a closing date, by their month.
create function closed_deal_month(closed_at timestamptz) returns timestamptz
    language sql immutable parallel safe
    return date_trunc('month', closed_at, 'UTC');

create function closed_deal_totals_add_inserted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into closed_deal_totals (user_id, month, status, currency, deals, value)
    select user_id, closed_deal_month(closed_at), status, currency, count(*), sum(value)
      from new_deals
     where status in ('won', 'lost') and closed_at is not null
     group by 1, 2, 3, 4
     -- One order for every transaction, so that two adding to the same totals never deadlock.
     order by 1, 2, 3, 4
        on conflict (user_id, month, status, currency) do update
       set deals = closed_deal_totals.deals + excluded.deals, value = closed_deal_totals.value + excluded.value;
    return null;
end
$$;

-- A changed deal leaves its old total and joins its new one: a deal won, lost, reopened, archived,
-- re-dated or re-valued. Most changes (a title, a move between open stages) move nothing and write
-- nothing; a total left with no deals goes.
create function closed_deal_totals_move_updated() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into closed_deal_totals (user_id, month, status, currency, deals, value)
    select user_id, month, status, currency, sum(deals), sum(value)
      from (select user_id, closed_deal_month(closed_at) as month, status, currency, 1 as deals, value
              from new_deals where status in ('won', 'lost') and closed_at is not null
            union all
            select user_id, closed_deal_month(closed_at), status, currency, -1, -value
              from old_deals where status in ('won', 'lost') and closed_at is not null) change
     group by user_id, month, status, currency
    having sum(deals) <> 0 or sum(value) <> 0
     order by user_id, month, status, currency
        on conflict (user_id, month, status, currency) do update
       set deals = closed_deal_totals.deals + excluded.deals, value = closed_deal_totals.value + excluded.value;
    delete from closed_deal_totals t
     using old_deals o
     where o.status in ('won', 'lost') and o.closed_at is not null
       and t.user_id = o.user_id and t.month = closed_deal_month(o.closed_at) and t.status = o.status
       and t.currency = o.currency and t.deals = 0;
    return null;
end
$$;

-- Deleted deals leave their totals. Updates only: when a user is deleted, their totals may be
-- gone already, and nothing is left to subtract from.
create function closed_deal_totals_subtract_deleted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    update closed_deal_totals t
       set deals = t.deals - o.deals, value = t.value - o.value
      from (select user_id, closed_deal_month(closed_at) as month, status, currency,
                   count(*) as deals, sum(value) as value
              from old_deals
             where status in ('won', 'lost') and closed_at is not null
             group by 1, 2, 3, 4) o
     where t.user_id = o.user_id and t.month = o.month and t.status = o.status and t.currency = o.currency;
    delete from closed_deal_totals t
     using old_deals o
     where o.status in ('won', 'lost') and o.closed_at is not null
       and t.user_id = o.user_id and t.month = closed_deal_month(o.closed_at) and t.status = o.status
       and t.currency = o.currency and t.deals = 0;
    return null;
end
$$;

create trigger deals_add_to_closed_totals after insert on deals
    referencing new table as new_deals
    for each statement execute function closed_deal_totals_add_inserted();
create trigger deals_move_closed_totals after update on deals
    referencing old table as old_deals new table as new_deals
    for each statement execute function closed_deal_totals_move_updated();
create trigger deals_subtract_from_closed_totals after delete on deals
    referencing old table as old_deals
    for each statement execute function closed_deal_totals_subtract_deleted();

revoke all on function closed_deal_totals_add_inserted() from public;
revoke all on function closed_deal_totals_move_updated() from public;
revoke all on function closed_deal_totals_subtract_deleted() from public;

-- The deals closed already, read past forced row-level security for this one statement, as V15 did.
alter table deals no force row level security;
insert into closed_deal_totals (user_id, month, status, currency, deals, value)
select user_id, closed_deal_month(closed_at), status, currency, count(*), sum(value)
  from deals
 where status in ('won', 'lost') and closed_at is not null
 group by 1, 2, 3, 4;
alter table deals force row level security;

-- The dashboard was the index's only reader; every deal written kept it up to date for nothing now.
drop index idx_deals_user_closed_at;
