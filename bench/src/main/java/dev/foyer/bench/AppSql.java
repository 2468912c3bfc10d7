package dev.foyer.bench;

/**
 * The statements Foyer runs for the benchmarked screens, as its repositories build them (named
 * parameters included), so that their plans can be read as the application role. Copies: keep them
 * in step with ContactRepository (WITH_TAGS, EVERY_CONTACT_PAGE, ONE_TAG_BY_NAME_PAGE, ONE_TAG_COUNT,
 * SEARCH_PAGE), AccountQueryRepository, CustomerAccountRepository, PipelineQueries, DealRows and
 * DashboardQueries.
 */
final class AppSql {

    /**
     * ContactRepository.WITH_TAGS: the page's contacts with their tags' ids, in the page's order, a
     * count, and the page's tags on the first row.
     */
    private static final String CONTACTS_WITH_TAGS = """
            , listed as (
                select p.*,
                       array(select ct.tag_id from contacts_to_tags ct
                              where ct.contact_id = p.id and ct.user_id = :userId) as tag_ids
                  from page p
            )
            select t.id, t.first_name, t.last_name, t.email, t.phone, t.company, t.job_title, t.notes,
                   t.created_at, t.updated_at, t.tag_ids,
                   (%s) as matches,
                   case when t.position = (select min(position) from listed) then (
                       select json_agg(json_build_object('id', g.id, 'name', g.name, 'color', g.color)
                                       order by lower(g.name), g.id)
                         from contact_tags g
                        where g.user_id = :userId
                          and g.id in (select unnest(x.tag_ids) from listed x))
                   end as page_tags
              from listed t
             order by t.position
            """;

    /**
     * ContactRepository.EVERY_CONTACT_PAGE, ordered by name: the page of all the user's contacts, its
     * tags and the exact total from contact_counts.
     */
    static final String CONTACTS_PAGE = """
            with page as (
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       c.created_at, c.updated_at, row_number() over (order by %1$s) as position
                  from contacts c
                 where c.user_id = :userId
                 order by %1$s
                 limit :limit offset :offset
            )
            """.formatted("lower(c.last_name) asc nulls last, lower(c.first_name) asc nulls last, c.id")
            + CONTACTS_WITH_TAGS.formatted("select coalesce((select contacts from contact_counts where user_id = :userId), 0)");

    /**
     * ContactRepository.ONE_TAG_BY_NAME_PAGE with ONE_TAG_COUNT: one tag's contacts in name order,
     * read in that order from its assignments (V25), and counted up to :countLimit.
     */
    static final String CONTACTS_TAG_PAGE = """
            with page as (
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       c.created_at, c.updated_at, a.position
                  from (select ct.contact_id, row_number() over (order by %1$s) as position
                          from contacts_to_tags ct
                         where ct.user_id = :userId and ct.tag_id = :tagId
                         order by %1$s
                         limit :limit offset :offset) a
                  join contacts c on c.id = a.contact_id
                 where c.user_id = :userId
            )
            """.formatted("ct.last_name_key nulls last, ct.first_name_key nulls last, ct.contact_id")
            + CONTACTS_WITH_TAGS.formatted("""
                    select count(*) from (
                        select 1 from contacts_to_tags ct
                         where ct.user_id = :userId and ct.tag_id = any(:tagIds::uuid[])
                         limit :countLimit) m
                    """);

    /** ContactRepository.SEARCH_PAGE: a search without tags, page and count from V18's functions. */
    static final String CONTACTS_SEARCH_PAGE = """
            with found as materialized (
                select f.contact_id, f.place, f.matches
                  from search_contacts_page(:q, :sort, :descending, :limit, :offset, :countLimit) f
            ), page as (
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       c.created_at, c.updated_at, f.place as position
                  from found f
                  join contacts c on c.id = f.contact_id
                 where c.user_id = :userId
            )
            """ + CONTACTS_WITH_TAGS.formatted("select max(matches) from found");

    /**
     * AccountQueryRepository.SEARCH_PAGE, a search alone: search_accounts_page() (V28, V30) picks the
     * page, counts the matches and gives each account's contacts; only the page's accounts are read.
     */
    static final String ACCOUNTS_SEARCH = """
            with found as materialized (
                select f.account_id, f.place, f.matches, f.contacts from search_accounts_page(:query, :limit, :offset) f
            )
            select a.id, a.company_name, a.customer_type, a.billing_address::text as billing_address,
                   a.service_address::text as service_address, a.account_notes, a.tags,
                   f.contacts as contact_count,
                   a.created_by, a.updated_by, a.created_at, a.updated_at, f.matches
              from found f
              join customer_accounts a on a.id = f.account_id
             where a.created_by = :userId
             order by f.place
            """;

    /** PipelineQueries.TOTALS for the whole board, from the totals the triggers on deals keep. */
    static final String PIPELINE_TOTALS = """
            select s.id, s.name, s.color, s.outcome::text as outcome, t.currency,
                   coalesce(sum(t.deals), 0) as deals, sum(t.value) as value
              from deal_stages s
              left join deal_totals t on t.user_id = s.user_id and t.stage = s.name and t.status <> 'archived'
             where s.user_id = :userId
               and (cast(:stageId as uuid) is null or s.id = :stageId)
             group by s.id, t.currency
             order by s.order_index, t.currency
            """;

    /** PipelineQueries.PAGES with DealRows.SELECT, no column scrolled; :limit is the page and the card below it. */
    static final String PIPELINE_PAGES = """
            with page as (
                select p.id, p.position, s.order_index
                  from deal_stages s
                  left join jsonb_each_text(cast(:offsets as jsonb)) as o(stage_id, skip) on o.stage_id = s.id::text
                 cross join lateral (
                       select d.id, d.position from deals d
                        where d.user_id = s.user_id and d.stage = s.name and d.status <> 'archived'
                        order by d.position desc, d.id desc
                       offset greatest(coalesce(o.skip::integer, 0) - 1, 0) limit :limit) p
                 where s.user_id = :userId
                   and (cast(:stageId as uuid) is null or s.id = :stageId)
            )
            select d.id, d.title, d.value, d.currency, d.stage, d.status::text as status, d.probability,
                   d.expected_close_date, d.next_action, d.next_action_due, d.description,
                   c.id as contact_id, concat_ws(' ', c.first_name, c.last_name) as contact_name,
                   d.lead_id, d.property_id, d.closed_at, d.created_at, d.updated_at
              from deals d
              left join contacts c on c.id = d.contact_id and c.user_id = d.user_id
              join page on page.id = d.id
             where d.user_id = :userId
             order by page.order_index, page.position desc, d.id desc
            """;


    /** DashboardQueries: the contact count (ContactRepository.EVERY_CONTACT_COUNT), then FIGURES, then CLOSED. */
    static final String DASHBOARD_CONTACTS =
            "select coalesce((select contacts from contact_counts where user_id = :userId), 0)";

    static final String DASHBOARD_FIGURES = """
            select s.id, s.name, s.color, s.outcome::text as outcome, t.currency,
                   coalesce(sum(t.deals), 0) as deals, sum(t.value) as value,
                   coalesce(sum(t.deals) filter (where t.status = 'active'), 0) as active,
                   sum(t.value) filter (where t.status = 'active') as active_value
              from deal_stages s
              left join deal_totals t on t.user_id = s.user_id and t.stage = s.name and t.status <> 'archived'
             where s.user_id = :userId
             group by s.id, t.currency
             order by s.order_index, t.currency
            """;

    static final String DASHBOARD_CLOSED = """
            select t.status::text as status, t.currency, t.deals, t.value
              from closed_deal_totals t
             where t.user_id = :userId and t.month = :monthStart
            """;

    private AppSql() {
    }
}
