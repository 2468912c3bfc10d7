-- A tag's name is unique per user whatever its letters' case: "VIP" and "vip" are one tag to the
-- person filtering by it, and a CSV import already matches tag names regardless of case, so two
-- tags differing only in case became one on export and import. The seed's index on (name, user_id)
-- stays; this one refuses the case variants.
--
-- Tags that already clash keep their assignments: the oldest keeps its name, each later one gets
-- " (2)", " (3)" ... (the first number free in any case), within the 50 characters a name may have.
-- Every user's tags are read and renamed here, so the owner steps outside the policies for it.
alter table contact_tags no force row level security;

do $$
declare
    clash record;
    n integer;
    candidate text;
begin
    for clash in
        select id, user_id, name
          from (select id, user_id, name,
                       row_number() over (partition by user_id, lower(name) order by created_at, id) as place
                  from contact_tags) t
         where place > 1
         order by user_id, lower(name), place
    loop
        n := 2;
        loop
            candidate := left(clash.name, 50 - length(' (' || n || ')')) || ' (' || n || ')';
            exit when not exists (select 1 from contact_tags
                                   where user_id = clash.user_id and lower(name) = lower(candidate));
            n := n + 1;
        end loop;
        update contact_tags set name = candidate where id = clash.id;
    end loop;
end
$$;

alter table contact_tags force row level security;

create unique index idx_contact_tags_user_lower_name on contact_tags (user_id, lower(name));
