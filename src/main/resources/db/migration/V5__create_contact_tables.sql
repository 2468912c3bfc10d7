-- Seed 004: contacts, colored tags and the junction between them.

create table contacts (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references users (id) on delete cascade,
    first_name text,
    last_name  text,
    email      text,
    phone      text,
    company    text,
    job_title  text,
    notes      text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- Seed 004 enforces this in the app only; the database keeps it true for every writer.
    constraint contacts_name_required check (coalesce(btrim(first_name), '') <> '' or coalesce(btrim(last_name), '') <> ''),
    -- Target of the composite foreign keys that keep a deal or tag assignment within one user.
    constraint contacts_id_user_key unique (id, user_id)
);

create index idx_contacts_user_id on contacts (user_id);
create index idx_contacts_email on contacts (email);
create index idx_contacts_company on contacts (company);

create trigger contacts_set_updated_at before update on contacts
    for each row execute function set_updated_at();

create table contact_tags (
    id         uuid primary key default gen_random_uuid(),
    name       text not null,
    color      text not null check (color ~ '^#[0-9A-Fa-f]{6}$'),
    user_id    uuid not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    constraint contact_tags_id_user_key unique (id, user_id)
);

create index idx_contact_tags_user_id on contact_tags (user_id);
create unique index idx_contact_tags_name_user on contact_tags (name, user_id);

-- The seed's junction is (contact_id, tag_id). Foyer adds the owner, so that the policy is a plain
-- comparison instead of a lookup per row, and so that the composite keys refuse to put one user's
-- tag on another user's contact.
create table contacts_to_tags (
    contact_id uuid not null,
    tag_id     uuid not null,
    user_id    uuid not null,
    primary key (contact_id, tag_id),
    constraint contacts_to_tags_contact_fkey foreign key (contact_id, user_id)
        references contacts (id, user_id) on delete cascade,
    constraint contacts_to_tags_tag_fkey foreign key (tag_id, user_id)
        references contact_tags (id, user_id) on delete cascade
);

create index idx_contacts_to_tags_tag_id on contacts_to_tags (tag_id);
create index idx_contacts_to_tags_user_id on contacts_to_tags (user_id);

alter table contacts enable row level security;
alter table contacts force row level security;
create policy contacts_select on contacts for select using (user_id = auth.uid() or auth.is_admin());
create policy contacts_insert on contacts for insert with check (user_id = auth.uid());
create policy contacts_update on contacts for update using (user_id = auth.uid());
create policy contacts_delete on contacts for delete using (user_id = auth.uid());

alter table contact_tags enable row level security;
alter table contact_tags force row level security;
create policy contact_tags_select on contact_tags for select using (user_id = auth.uid() or auth.is_admin());
create policy contact_tags_insert on contact_tags for insert with check (user_id = auth.uid());
create policy contact_tags_update on contact_tags for update using (user_id = auth.uid());
create policy contact_tags_delete on contact_tags for delete using (user_id = auth.uid());

alter table contacts_to_tags enable row level security;
alter table contacts_to_tags force row level security;
create policy contacts_to_tags_select on contacts_to_tags for select using (user_id = auth.uid() or auth.is_admin());
create policy contacts_to_tags_insert on contacts_to_tags for insert with check (user_id = auth.uid());
create policy contacts_to_tags_update on contacts_to_tags for update using (user_id = auth.uid());
create policy contacts_to_tags_delete on contacts_to_tags for delete using (user_id = auth.uid());
