-- Seed 004's "custom deal stages" (its Future Enhancements), and contact search that stays on an
-- index under row-level security.

-- Each user's pipeline. Seed 004's six stages are every user's starting point; each stage says
-- whether a deal in it is still open, won or lost, so that seed 003's status follows the stage
-- whatever the user renames it to.
create type stage_outcome as enum ('open', 'won', 'lost');

create table deal_stages (
    id          uuid primary key default gen_random_uuid(),
    user_id     uuid not null references users (id) on delete cascade,
    name        text not null check (btrim(name) <> '' and length(name) <= 60),
    order_index integer not null check (order_index >= 0),
    color       text check (color ~ '^#[0-9A-Fa-f]{6}$'),
    outcome     stage_outcome not null default 'open',
    created_at  timestamptz not null default now(),
    -- Seed 004: UNIQUE(name, user_id); also the target of deals' (user_id, stage).
    constraint deal_stages_name_user_key unique (name, user_id),
    constraint deal_stages_user_order_key unique (user_id, order_index) deferrable initially deferred
);

create function create_default_pipeline() returns trigger
    language plpgsql
as $$
begin
    insert into deal_stages (user_id, name, order_index, color, outcome)
    values (new.id, 'Prospecting', 0, '#64748B', 'open'),
           (new.id, 'Qualification', 1, '#3B82F6', 'open'),
           (new.id, 'Proposal', 2, '#8B5CF6', 'open'),
           (new.id, 'Negotiation', 3, '#F59E0B', 'open'),
           (new.id, 'Closed Won', 4, '#10B981', 'won'),
           (new.id, 'Closed Lost', 5, '#EF4444', 'lost');
    return new;
end
$$;

create trigger create_default_pipeline after insert on users
    for each row execute function create_default_pipeline();

-- Users who existed before pipelines did get the defaults too. The owner reads users past its
-- forced row-level security for this one statement.
alter table users no force row level security;
insert into deal_stages (user_id, name, order_index, color, outcome)
select u.id, s.name, s.order_index, s.color, s.outcome::stage_outcome
  from users u
 cross join (values ('Prospecting', 0, '#64748B', 'open'), ('Qualification', 1, '#3B82F6', 'open'),
                    ('Proposal', 2, '#8B5CF6', 'open'), ('Negotiation', 3, '#F59E0B', 'open'),
                    ('Closed Won', 4, '#10B981', 'won'), ('Closed Lost', 5, '#EF4444', 'lost'))
       as s(name, order_index, color, outcome);
alter table users force row level security;

-- A deal's stage is one of its owner's stages: renaming a stage renames it on every deal, and a
-- stage that still has deals cannot be removed (checked when the statement ends, so deleting a
-- user, which removes deals and stages together, still works).
alter table deals
    add constraint deals_stage_fkey foreign key (user_id, stage)
        references deal_stages (user_id, name) on update cascade;

-- Seed 003's status follows the stage's outcome now, not its name.
create or replace function deal_status_follows_stage() returns trigger
    language plpgsql
as $$
declare
    stage_status deal_status := coalesce(
        (select case s.outcome when 'won' then 'won' when 'lost' then 'lost' else 'active' end::deal_status
           from deal_stages s where s.user_id = new.user_id and s.name = new.stage),
        'active');
    entering_closed_stage boolean := stage_status <> 'active'
        and (tg_op = 'INSERT' or new.stage is distinct from old.stage);
begin
    if new.status = 'archived' and not entering_closed_stage then
        return new;
    end if;
    new.status := stage_status;
    return new;
end
$$;

-- A stage whose outcome changes takes its deals along (an archived deal stays archived).
create function deals_follow_stage_outcome() returns trigger
    language plpgsql
as $$
begin
    update deals set status = case new.outcome when 'won' then 'won' when 'lost' then 'lost' else 'active' end::deal_status
     where user_id = new.user_id and stage = new.name and status <> 'archived';
    return new;
end
$$;

create trigger deal_stages_outcome_moves_deals after update of outcome on deal_stages
    for each row when (old.outcome is distinct from new.outcome)
    execute function deals_follow_stage_outcome();

create index idx_deal_stages_user_order on deal_stages (user_id, order_index);

alter table deal_stages enable row level security;
alter table deal_stages force row level security;
create policy deal_stages_select on deal_stages for select using (user_id = auth.uid() or auth.is_admin());
-- An admin who creates a user also creates that user's default pipeline.
create policy deal_stages_insert on deal_stages for insert with check (user_id = auth.uid() or auth.is_admin());
create policy deal_stages_update on deal_stages for update using (user_id = auth.uid());
create policy deal_stages_delete on deal_stages for delete using (user_id = auth.uid());

-- The pipeline board and the dashboard group a user's deals by stage and status.
create index idx_deals_user_stage_value on deals (user_id, stage, created_at desc) include (value, currency, status);

-- Contacts: the phone as typed stays in phone; its normalised form is what search matches.
alter table contacts add column phone_normalized text;
create index idx_contacts_user_created on contacts (user_id, created_at desc, id);
create index idx_contacts_user_last_first on contacts (user_id, lower(last_name), lower(first_name), id);
create index idx_contacts_user_company on contacts (user_id, lower(company), id);
create index idx_contacts_user_email_lower on contacts (user_id, lower(email)) where email is not null;
create index idx_contacts_user_phone_normalized on contacts (user_id, phone_normalized) where phone_normalized is not null;

-- Search. ILIKE is not leakproof, so under row-level security PostgreSQL evaluates it only after the
-- policy and never on a trigram index: a user with 100,000 contacts would be scanned row by row.
-- contact_search holds each contact's searchable text with a trigram index, and only the
-- search_contacts() function reads it: the application role has no privilege on the table, and the
-- function returns the current user's rows only. Its own policy admits every row, so that no
-- security qual stands between the search and the index; the function's where clause is the
-- isolation here, and the contacts table's policies apply again when the results are read.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create table contact_search (
    contact_id uuid primary key,
    user_id    uuid not null,
    document   text not null,
    constraint contact_search_contact_fkey foreign key (contact_id, user_id)
        references contacts (id, user_id) on delete cascade
);

create index idx_contact_search_user_document on contact_search using gin (user_id, document gin_trgm_ops);

revoke all on contact_search from ${app_role};
alter table contact_search enable row level security;
alter table contact_search force row level security;
create policy contact_search_definer_only on contact_search for all using (true) with check (true);

create function contact_search_document(c contacts) returns text
    language sql immutable parallel safe
as $$
    select lower(concat_ws(' ', c.first_name, c.last_name, c.email, c.company, c.phone, c.phone_normalized,
                           regexp_replace(coalesce(c.phone, ''), '\D', '', 'g')))
$$;

create function contact_search_sync() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    insert into contact_search (contact_id, user_id, document)
    values (new.id, new.user_id, contact_search_document(new))
    on conflict (contact_id) do update set document = excluded.document, user_id = excluded.user_id;
    return new;
end
$$;

create trigger contacts_search_sync after insert or update of first_name, last_name, email, company, phone,
    phone_normalized on contacts
    for each row execute function contact_search_sync();

-- The current user's contacts whose name, email, company or phone contains the text, any case.
create function search_contacts(query text) returns table (contact_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.contact_id
      from contact_search s
     where s.user_id = auth.uid()
       and s.document like '%' || replace(replace(replace(lower(query), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

revoke all on function search_contacts(text) from public;
grant execute on function search_contacts(text) to ${app_role};
revoke all on function contact_search_sync() from public;
