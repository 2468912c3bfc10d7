package dev.foyer.bench;

/**
 * The generator's statements, one user at a time. Word lists come in as text[] parameters;
 * {@code pick(list)} is written out as {@code list[1 + floor(random() * cardinality(list))::int]}.
 */
final class CrmSql {

    /** ? user, ? tag names. */
    static final String TAGS = """
            insert into contact_tags (user_id, name, color)
            select ?, t.name, '#' || lpad(to_hex(((t.n * 2654435761) % 16777216)::int), 6, '0')
              from unnest(?::text[]) with ordinality as t(name, n)
            """;

    /** ? user, ? how many, then first names, last names, two company word lists, suffixes, job titles. */
    static final String CONTACTS = """
            insert into contacts (user_id, first_name, last_name, email, phone, phone_normalized, company,
                                  job_title, created_at, updated_at)
            select r.user_id, r.first_name, r.last_name,
                   lower(r.first_name || '.' || replace(r.last_name, '''', '')) || r.g || '@'
                       || lower(r.word1 || r.word2) || '.com.au',
                   '04' || substr(r.digits, 1, 2) || ' ' || substr(r.digits, 3, 3) || ' ' || substr(r.digits, 6, 3),
                   '+614' || r.digits,
                   r.word1 || ' ' || r.word2 || ' ' || r.suffix, r.job_title, r.created_at, r.created_at
              from (select ?::uuid as user_id, g,
                           w.fn[1 + floor(random() * cardinality(w.fn))::int] as first_name,
                           w.ln[1 + floor(random() * cardinality(w.ln))::int] as last_name,
                           w.c1[1 + floor(random() * cardinality(w.c1))::int] as word1,
                           w.c2[1 + floor(random() * cardinality(w.c2))::int] as word2,
                           w.sx[1 + floor(random() * cardinality(w.sx))::int] as suffix,
                           w.jt[1 + floor(random() * cardinality(w.jt))::int] as job_title,
                           lpad(floor(random() * 100000000)::bigint::text, 8, '0') as digits,
                           now() - random() * interval '730 days' as created_at
                      from generate_series(1, ?) g,
                           (select ?::text[] as fn, ?::text[] as ln, ?::text[] as c1, ?::text[] as c2,
                                   ?::text[] as sx, ?::text[] as jt) w) r
            """;

    /**
     * ? user (contacts), ? user (tags). 0, 1, 2 or 3 tags (15/30/45/10 %: 1.5 on average), distinct
     * because the step of 7 is prime to the 20 tags; the first tag is drawn skewed, so some tags are
     * on many contacts and some on few, as users tag.
     */
    static final String TAG_ASSIGNMENTS = """
            insert into contacts_to_tags (contact_id, tag_id, user_id)
            select c.id, t.ids[1 + (c.base + j * 7) % cardinality(t.ids)], c.user_id
              from (select id, user_id, floor(20 * random() ^ 2)::int as base, random() as r
                      from contacts where user_id = ?) c
             cross join (select array_agg(id order by created_at, name) as ids from contact_tags where user_id = ?) t
             cross join lateral generate_series(1, case when c.r < 0.15 then 0 when c.r < 0.45 then 1
                                                        when c.r < 0.90 then 2 else 3 end) j
            """;

    /**
     * ? user (contacts), ? user (deals), ? the user's contacts, ? how many, then deal titles and
     * company words. 30 % linked to one of the user's contacts; stages weighted towards the open
     * ones; 85 % AUD, 10 % USD, 5 % EUR; 2 % of open deals archived. The status follows the stage
     * (Foyer's trigger); a closed deal gets a closing date between its creation and now.
     */
    static final String DEALS = """
            with numbered as (
                select id, row_number() over (order by id) as rn from contacts where user_id = ?
            )
            insert into deals (user_id, contact_id, title, value, currency, stage, status, probability,
                               expected_close_date, created_at, updated_at, closed_at)
            select d.user_id, n.id, d.title, d.value, d.currency, d.stage, d.status::deal_status,
                   case d.stage when 'Prospecting' then 10 when 'Qualification' then 25 when 'Proposal' then 50
                                when 'Negotiation' then 75 when 'Closed Won' then 100 else 0 end,
                   (d.created_at + interval '90 days')::date, d.created_at, d.created_at,
                   case when d.stage in ('Closed Won', 'Closed Lost')
                        then d.created_at + (now() - d.created_at) * random() end
              from (select ?::uuid as user_id,
                           case when random() < 0.3 then 1 + floor(random() * ?)::bigint end as pick,
                           w.titles[1 + floor(random() * cardinality(w.titles))::int] || ' – '
                               || w.c1[1 + floor(random() * cardinality(w.c1))::int] as title,
                           round((500 + 250000 * random() ^ 3)::numeric, 2) as value,
                           case when x.cur < 0.85 then 'AUD' when x.cur < 0.95 then 'USD' else 'EUR' end as currency,
                           case when x.st < 0.25 then 'Prospecting' when x.st < 0.45 then 'Qualification'
                                when x.st < 0.60 then 'Proposal' when x.st < 0.70 then 'Negotiation'
                                when x.st < 0.88 then 'Closed Won' else 'Closed Lost' end as stage,
                           case when random() < 0.02 then 'archived' else 'active' end as status,
                           now() - random() * interval '730 days' as created_at
                      from (select g, random() as cur, random() as st from generate_series(1, ?) g) x,
                           (select ?::text[] as titles, ?::text[] as c1) w) d
              left join numbered n on n.rn = d.pick
            """;

    /** ? user, ? how many, then two company word lists, suffixes, cities. 60 % residential. */
    static final String ACCOUNTS = """
            insert into customer_accounts (company_name, customer_type, billing_address, service_address,
                                           created_by, created_at, updated_at)
            select r.word1 || ' ' || r.word2 || ' ' || r.suffix, r.kind,
                   jsonb_build_object('city', r.city, 'country', 'Australia'),
                   jsonb_build_object('city', r.city, 'country', 'Australia'),
                   r.user_id, r.created_at, r.created_at
              from (select ?::uuid as user_id,
                           w.c1[1 + floor(random() * cardinality(w.c1))::int] as word1,
                           w.c2[1 + floor(random() * cardinality(w.c2))::int] as word2,
                           w.sx[1 + floor(random() * cardinality(w.sx))::int] as suffix,
                           w.ci[1 + floor(random() * cardinality(w.ci))::int] as city,
                           case when random() < 0.6 then 'Residential' else 'Commercial' end as kind,
                           now() - random() * interval '730 days' as created_at
                      from generate_series(1, ?) g,
                           (select ?::text[] as c1, ?::text[] as c2, ?::text[] as sx, ?::text[] as ci) w) r
            """;

    /** ? user, then first and last names. 1–3 per account (2 on average), the first one primary. */
    static final String ACCOUNT_CONTACTS = """
            insert into customer_contacts (customer_account_id, contact_name, email, phone, role,
                                           is_primary_contact, created_by, created_at, updated_at)
            select a.id, p.first_name || ' ' || p.last_name,
                   lower(p.first_name || '.' || replace(p.last_name, '''', '')) || p.j || '@example.com.au',
                   '04' || lpad(floor(random() * 100000000)::bigint::text, 8, '0'),
                   case p.j when 1 then 'Owner' when 2 then 'Accounts' else 'Site contact' end,
                   p.j = 1, a.created_by, a.created_at, a.created_at
              from customer_accounts a
             cross join lateral (
                   select j, w.fn[1 + floor(random() * cardinality(w.fn))::int] as first_name,
                          w.ln[1 + floor(random() * cardinality(w.ln))::int] as last_name
                     from generate_series(1, 1 + abs(hashtext(a.id::text)) % 3) j,
                          (select ?::text[] as fn, ?::text[] as ln) w) p
             where a.created_by = ?
            """;

    private CrmSql() {
    }
}
