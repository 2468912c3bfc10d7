-- V10 meant to date the deals already won or lost by their last change, but its update ran under
-- forced row-level security with no user bound and so met no deal: those deals have no closing
-- date, and only a deal won or lost before V10 can be in that state (the V10 trigger dates every
-- later one). They are dated here, past forced row-level security, with no trigger run: the status
-- trigger would read the stages under row-level security, see none, and reopen them.
alter table deals no force row level security;
alter table deals disable trigger user;
update deals set closed_at = updated_at where status in ('won', 'lost') and closed_at is null;
alter table deals enable trigger user;
alter table deals force row level security;
