-- Seed 003: leads, properties, their documents, and the deals pipeline shared with seed 004.

create type lead_status as enum ('new', 'active', 'qualified', 'unqualified', 'closed');
create type opt_status as enum ('opted_in', 'opted_out', 'pending');
create type deal_status as enum ('active', 'won', 'lost', 'archived');
create type document_type as enum (
    -- Research phase
    'inspection', 'appraisal', 'title_search', 'survey', 'photo', 'comp',
    -- Transaction phase
    'offer', 'counter_offer', 'purchase_agreement', 'addendum',
    'closing_statement', 'hud1', 'deed', 'contract',
    -- Other
    'receipt', 'other');
create type lead_document_type as enum ('id', 'tax_return', 'bank_statement', 'w9', 'death_cert', 'poa', 'other');
-- Seed 003 defines these for its messages; no table of the seeds uses them yet.
create type message_channel as enum ('sms', 'email', 'voice');
create type message_direction as enum ('incoming', 'outgoing');
create type message_status as enum ('sent', 'delivered', 'failed', 'pending', 'read');

create table leads (
    id           uuid primary key default gen_random_uuid(),
    user_id      uuid not null references users (id) on delete cascade,
    -- Seed 003 references a workspaces table it never defines; kept as a plain id until it exists.
    workspace_id uuid,
    name         text not null,
    phone        text,
    email        text,
    company      text,
    status       lead_status not null default 'new',
    score        integer check (score between 0 and 100),
    tags         text[] not null default '{}',
    opt_status   opt_status,
    is_deleted   boolean not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint leads_id_user_key unique (id, user_id)
);

create index idx_leads_user_id on leads (user_id);
create index idx_leads_workspace_id on leads (workspace_id);
create index idx_leads_status on leads (status);
create index idx_leads_email on leads (email);
create index idx_leads_phone on leads (phone);
create index idx_leads_user_status on leads (user_id, status);
create index idx_leads_user_created on leads (user_id, created_at desc);
create index idx_leads_active on leads (user_id, created_at desc)
    where status in ('active', 'qualified') and is_deleted = false;
create index idx_leads_tags_gin on leads using gin (tags);
create index idx_leads_email_lower on leads (lower(email));
create index idx_leads_name_lower on leads (lower(name));
-- Seed 003 writes these unique indexes globally; two users may well both know one seller, so the
-- uniqueness is per user (see docs/schema.md).
create unique index idx_leads_email_unique on leads (user_id, lower(email)) where email is not null and is_deleted = false;
create unique index idx_leads_phone_unique on leads (user_id, phone) where phone is not null and is_deleted = false;
create index idx_leads_user_status_covering on leads (user_id, status) include (name, email, phone, score, created_at);

create trigger leads_set_updated_at before update on leads
    for each row execute function set_updated_at();

create table re_properties (
    id             uuid primary key default gen_random_uuid(),
    user_id        uuid not null references users (id) on delete cascade,
    address_line_1 text not null,
    address_line_2 text,
    city           text not null,
    state          text not null,
    zip            text not null,
    bedrooms       integer check (bedrooms >= 0),
    bathrooms      numeric(3, 1) check (bathrooms >= 0),
    square_feet    integer check (square_feet > 0),
    lot_size       integer check (lot_size > 0),
    -- current_date moves forward only, so a row valid once stays valid.
    year_built     integer check (year_built >= 1800 and year_built <= extract(year from current_date)::integer + 5),
    purchase_price numeric(12, 2),
    arv            numeric(12, 2),
    status         text,
    property_type  text,
    mls_id         text,
    notes          text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint re_properties_id_user_key unique (id, user_id)
);

create index idx_re_properties_user_id on re_properties (user_id);
create index idx_re_properties_status on re_properties (status);
create index idx_re_properties_city_state on re_properties (city, state);
create index idx_re_properties_zip on re_properties (zip);
create index idx_re_properties_location on re_properties (city, state, zip);
create index idx_re_properties_user_status on re_properties (user_id, status);
create index idx_re_properties_active on re_properties (user_id, created_at desc) where status = 'active';

create trigger re_properties_set_updated_at before update on re_properties
    for each row execute function set_updated_at();

-- One table for seed 003's and seed 004's deals. Seed 004's value, currency, contact and six stages;
-- seed 003's status, lead, property, probability and next action. Seed 003's estimated_value and
-- notes are seed 004's value and description: one column each.
create table deals (
    id                  uuid primary key default gen_random_uuid(),
    user_id             uuid not null references users (id) on delete cascade,
    contact_id          uuid,
    lead_id             uuid,
    property_id         uuid,
    title               text not null check (btrim(title) <> ''),
    value               numeric(12, 2) not null check (value > 0),
    currency            char(3) not null default 'AUD' check (currency ~ '^[A-Z]{3}$'),
    stage               text not null check (btrim(stage) <> ''),
    status              deal_status not null default 'active',
    probability         integer check (probability between 0 and 100),
    expected_close_date date,
    next_action         text,
    next_action_due     timestamptz,
    description         text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    -- A deal links only its owner's contact, lead and property; deleting one keeps the deal, unlinked.
    constraint deals_contact_fkey foreign key (contact_id, user_id)
        references contacts (id, user_id) on delete set null (contact_id),
    constraint deals_lead_fkey foreign key (lead_id, user_id)
        references leads (id, user_id) on delete set null (lead_id),
    constraint deals_property_fkey foreign key (property_id, user_id)
        references re_properties (id, user_id) on delete set null (property_id),
    constraint deals_id_user_key unique (id, user_id)
);

create index idx_deals_user_id on deals (user_id);
create index idx_deals_status on deals (status);
create index idx_deals_stage on deals (stage);
create index idx_deals_contact_id on deals (contact_id) where contact_id is not null;
create index idx_deals_next_action_due on deals (next_action_due) where next_action_due is not null;
create index idx_deals_lead_id on deals (lead_id) where lead_id is not null;
create index idx_deals_property_id on deals (property_id) where property_id is not null;
create index idx_deals_user_status on deals (user_id, status);
create index idx_deals_user_stage on deals (user_id, stage);
create index idx_deals_user_created on deals (user_id, created_at desc);
create index idx_deals_active_next_action on deals (user_id, next_action_due)
    where status = 'active' and next_action_due is not null;
-- Seed 003: one active deal per property.
create unique index idx_deals_property_active_unique on deals (property_id)
    where status = 'active' and property_id is not null;
create index idx_deals_user_status_covering on deals (user_id, status)
    include (title, value, next_action_due, created_at);

create trigger deals_set_updated_at before update on deals
    for each row execute function set_updated_at();

-- Seed 003's status follows seed 004's stage: Closed Won is won, Closed Lost is lost, any other
-- stage is active. Archived is the one status a user sets: it stays until the deal is moved to a
-- closing stage or unarchived. Any other status written directly yields to the stage, so that
-- status and stage never disagree.
create function deal_status_follows_stage() returns trigger
    language plpgsql
as $$
declare
    stage_status deal_status := case new.stage
        when 'Closed Won' then 'won'
        when 'Closed Lost' then 'lost'
        else 'active'
    end;
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

create trigger deals_status_follows_stage before insert or update on deals
    for each row execute function deal_status_follows_stage();

create table deal_events (
    id          uuid primary key default gen_random_uuid(),
    deal_id     uuid not null references deals (id) on delete cascade,
    event_type  text not null,
    description text,
    metadata    jsonb,
    created_at  timestamptz not null default now(),
    created_by  uuid references users (id) on delete set null
);

create index idx_deal_events_deal_id on deal_events (deal_id, created_at desc);
create index idx_deal_events_created_at on deal_events (created_at desc);
create index idx_deal_events_metadata_gin on deal_events using gin (metadata);

create table re_documents (
    id           uuid primary key default gen_random_uuid(),
    user_id      uuid not null references users (id) on delete cascade,
    property_id  uuid,
    deal_id      uuid,
    title        text not null,
    type         document_type not null,
    file_url     text not null,
    file_size    integer check (file_size > 0),
    content_type varchar(100),
    uploaded_by  uuid references users (id) on delete set null,
    metadata     jsonb,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    -- A document belongs to its owner's property and deal only; deleting either keeps the document.
    constraint re_documents_property_fkey foreign key (property_id, user_id)
        references re_properties (id, user_id) on delete set null (property_id),
    constraint re_documents_deal_fkey foreign key (deal_id, user_id)
        references deals (id, user_id) on delete set null (deal_id)
);

create index idx_re_documents_user_id on re_documents (user_id);
create index idx_re_documents_property_id on re_documents (property_id);
create index idx_re_documents_deal_id on re_documents (deal_id);
create index idx_re_documents_type on re_documents (type);
create index idx_re_documents_created_at on re_documents (created_at desc);
create index idx_re_documents_user_type on re_documents (user_id, type);
create index idx_re_documents_property_created on re_documents (property_id, created_at desc)
    where property_id is not null;
create index idx_re_documents_metadata_gin on re_documents using gin (metadata);

create trigger re_documents_set_updated_at before update on re_documents
    for each row execute function set_updated_at();

create table re_lead_documents (
    id         uuid primary key default gen_random_uuid(),
    lead_id    uuid not null references leads (id) on delete cascade,
    title      text not null,
    type       lead_document_type not null,
    file_url   text not null,
    file_size  integer check (file_size > 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create index idx_lead_documents_lead_id on re_lead_documents (lead_id);
create index idx_lead_documents_type on re_lead_documents (type);

create trigger re_lead_documents_set_updated_at before update on re_lead_documents
    for each row execute function set_updated_at();

create table re_property_documents (
    property_id uuid not null references re_properties (id) on delete cascade,
    document_id uuid not null references re_documents (id) on delete cascade,
    is_primary  boolean not null default false,
    created_at  timestamptz not null default now(),
    primary key (property_id, document_id)
);

create index idx_property_documents_property on re_property_documents (property_id);
create index idx_property_documents_document on re_property_documents (document_id);

create type job_status as enum ('queued', 'running', 'succeeded', 'failed', 'cancelled');

create table ai_jobs (
    id            uuid primary key default gen_random_uuid(),
    deal_id       uuid references deals (id) on delete cascade,
    job_type      text not null,
    status        job_status not null default 'queued',
    input_data    jsonb,
    output_data   jsonb,
    error_message text,
    attempts      integer not null default 0 check (attempts >= 0),
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    completed_at  timestamptz
);

create index idx_ai_jobs_deal_id on ai_jobs (deal_id);
create index idx_ai_jobs_status on ai_jobs (status);
create index idx_ai_jobs_created_at on ai_jobs (created_at desc);
create index idx_ai_jobs_pending on ai_jobs (created_at desc) where status in ('queued', 'failed');

-- Row-level security (seed 003): users their own rows, admins read all, child tables through the parent.

alter table leads enable row level security;
alter table leads force row level security;
create policy leads_select on leads for select using (user_id = auth.uid() or auth.is_admin());
create policy leads_insert on leads for insert with check (user_id = auth.uid());
create policy leads_update on leads for update using (user_id = auth.uid());
create policy leads_delete on leads for delete using (user_id = auth.uid());

alter table re_properties enable row level security;
alter table re_properties force row level security;
create policy re_properties_select on re_properties for select using (user_id = auth.uid() or auth.is_admin());
create policy re_properties_insert on re_properties for insert with check (user_id = auth.uid());
create policy re_properties_update on re_properties for update using (user_id = auth.uid());
create policy re_properties_delete on re_properties for delete using (user_id = auth.uid());

alter table deals enable row level security;
alter table deals force row level security;
create policy deals_select on deals for select using (user_id = auth.uid() or auth.is_admin());
create policy deals_insert on deals for insert with check (user_id = auth.uid());
create policy deals_update on deals for update using (user_id = auth.uid());
create policy deals_delete on deals for delete using (user_id = auth.uid());

alter table deal_events enable row level security;
alter table deal_events force row level security;
create policy deal_events_select on deal_events for select
    using (exists (select 1 from deals d where d.id = deal_events.deal_id and d.user_id = auth.uid())
           or auth.is_admin());
create policy deal_events_insert on deal_events for insert
    with check (exists (select 1 from deals d where d.id = deal_events.deal_id and d.user_id = auth.uid()));
create policy deal_events_update on deal_events for update
    using (exists (select 1 from deals d where d.id = deal_events.deal_id and d.user_id = auth.uid()));
create policy deal_events_delete on deal_events for delete
    using (exists (select 1 from deals d where d.id = deal_events.deal_id and d.user_id = auth.uid()));

alter table re_documents enable row level security;
alter table re_documents force row level security;
create policy re_documents_select on re_documents for select using (user_id = auth.uid() or auth.is_admin());
create policy re_documents_insert on re_documents for insert with check (user_id = auth.uid());
create policy re_documents_update on re_documents for update using (user_id = auth.uid());
create policy re_documents_delete on re_documents for delete using (user_id = auth.uid());

alter table re_lead_documents enable row level security;
alter table re_lead_documents force row level security;
create policy re_lead_documents_select on re_lead_documents for select
    using (exists (select 1 from leads l where l.id = re_lead_documents.lead_id and l.user_id = auth.uid())
           or auth.is_admin());
create policy re_lead_documents_insert on re_lead_documents for insert
    with check (exists (select 1 from leads l where l.id = re_lead_documents.lead_id and l.user_id = auth.uid()));
create policy re_lead_documents_update on re_lead_documents for update
    using (exists (select 1 from leads l where l.id = re_lead_documents.lead_id and l.user_id = auth.uid()));
create policy re_lead_documents_delete on re_lead_documents for delete
    using (exists (select 1 from leads l where l.id = re_lead_documents.lead_id and l.user_id = auth.uid()));

-- Links are made between the user's own property and the user's own document.
alter table re_property_documents enable row level security;
alter table re_property_documents force row level security;
create policy re_property_documents_select on re_property_documents for select
    using (exists (select 1 from re_properties p where p.id = re_property_documents.property_id and p.user_id = auth.uid())
           or auth.is_admin());
create policy re_property_documents_insert on re_property_documents for insert
    with check (exists (select 1 from re_properties p where p.id = re_property_documents.property_id and p.user_id = auth.uid())
                and exists (select 1 from re_documents d where d.id = re_property_documents.document_id and d.user_id = auth.uid()));
-- The check repeats the insert's: without it an update could re-point a link at another user's document.
create policy re_property_documents_update on re_property_documents for update
    using (exists (select 1 from re_properties p where p.id = re_property_documents.property_id and p.user_id = auth.uid()))
    with check (exists (select 1 from re_properties p where p.id = re_property_documents.property_id and p.user_id = auth.uid())
                and exists (select 1 from re_documents d where d.id = re_property_documents.document_id and d.user_id = auth.uid()));
create policy re_property_documents_delete on re_property_documents for delete
    using (exists (select 1 from re_properties p where p.id = re_property_documents.property_id and p.user_id = auth.uid()));

alter table ai_jobs enable row level security;
alter table ai_jobs force row level security;
create policy ai_jobs_select on ai_jobs for select
    using (exists (select 1 from deals d where d.id = ai_jobs.deal_id and d.user_id = auth.uid())
           or auth.is_admin());
create policy ai_jobs_insert on ai_jobs for insert
    with check (exists (select 1 from deals d where d.id = ai_jobs.deal_id and d.user_id = auth.uid()));
create policy ai_jobs_update on ai_jobs for update
    using (exists (select 1 from deals d where d.id = ai_jobs.deal_id and d.user_id = auth.uid()));
create policy ai_jobs_delete on ai_jobs for delete
    using (exists (select 1 from deals d where d.id = ai_jobs.deal_id and d.user_id = auth.uid()));
