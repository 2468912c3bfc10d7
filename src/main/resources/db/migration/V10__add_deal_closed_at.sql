-- When a deal closed, so that the dashboard can count the deals won and lost this month.

alter table deals add column closed_at timestamptz;

-- Deals closed before this column existed: their last change is the best record of when.
update deals set closed_at = updated_at where status in ('won', 'lost');

-- closed_at follows status: set when a deal becomes won or lost (or switches between the two),
-- cleared when it reopens. An archived deal keeps its date, so unarchiving a won deal does not
-- make it "won this month" again. A date given on insert is kept, for imported history.
create function deal_closed_at_follows_status() returns trigger
    language plpgsql
as $$
begin
    if new.status = 'active' then
        new.closed_at := null;
    elsif new.status in ('won', 'lost') then
        if tg_op = 'INSERT' then
            new.closed_at := coalesce(new.closed_at, now());
        elsif old.status = 'active' or old.closed_at is null
              or (old.status in ('won', 'lost') and old.status <> new.status) then
            new.closed_at := now();
        end if;
    end if;
    return new;
end
$$;

-- BEFORE triggers fire in name order: this name sorts after deals_status_follows_stage, so it sees
-- the status that trigger derived from the stage.
create trigger deals_status_sets_closed_at before insert or update on deals
    for each row execute function deal_closed_at_follows_status();

create index idx_deals_user_closed_at on deals (user_id, closed_at) where closed_at is not null;
