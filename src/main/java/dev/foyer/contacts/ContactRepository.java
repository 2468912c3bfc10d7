package dev.foyer.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ContactRepository {

    /**
     * What the conditions below read, each materialised once per statement however many times it is
     * read: the search's matches and the contacts carrying every tag asked for. Neither runs when
     * there is no search text or no tag, because the condition before it is true already.
     */
    private static final String FILTERS = """
            with found as materialized (select contact_id from search_contacts(:q)),
                 tagged as materialized (%s)
            """;

    /**
     * The contacts carrying one tag. A contact has a tag at most once (the primary key), so nothing to
     * group: grouping a common tag's 21,000 assignments took a quarter of its page's time.
     */
    private static final String ONE_TAG = """
            select ct.contact_id from contacts_to_tags ct
             where ct.user_id = :userId and ct.tag_id = any(:tagIds::uuid[])
            """;

    /** The contacts carrying all the tags asked for. */
    private static final String ALL_TAGS = ONE_TAG + """
             group by ct.contact_id
            having count(*) = cardinality(:tagIds::uuid[])
            """;

    /** The matching contacts of one user: search through search_contacts(), tags all required. */
    private static final String MATCHING = """
            from contacts c
             where c.user_id = :userId
               and (:q = '' or c.id in (select contact_id from found))
               and (cardinality(:tagIds::uuid[]) = 0 or c.id in (select contact_id from tagged))
            """;

    /** How many contacts match, counting no further than :countLimit. */
    private static final String COUNT = "select count(*) from (select 1 %s limit :countLimit) m";

    /**
     * How many contacts carry one tag, with no search: a contact has a tag once, so its assignments,
     * read from the index and no further than :countLimit, where the general count hashed all of them.
     */
    private static final String ONE_TAG_COUNT = """
            select count(*) from (
                select 1 from contacts_to_tags ct
                 where ct.user_id = :userId and ct.tag_id = any(:tagIds::uuid[])
                 limit :countLimit) m
            """;

    /** The list's orders; search_contacts_page() (V18) has the same three, and a test holds them equal. */
    private static final Map<ContactListQuery.Sort, String> ORDER = Map.of(
            ContactListQuery.Sort.NAME, "lower(c.last_name) %1$s nulls last, lower(c.first_name) %1$s nulls last, c.id",
            ContactListQuery.Sort.COMPANY, "lower(c.company) %1$s nulls last, c.id",
            ContactListQuery.Sort.CREATED, "c.created_at %1$s, c.id");

    private static final String SEARCH_COUNT = "select count_contact_matches(:q, :countLimit)";

    /**
     * The page's contacts in the page's order, each with the ids of its tags, the count a statement
     * fills in, and, on the first row alone, the tags on the page as JSON. Each contact's assignments
     * are read once, into its ids, and the page's tags are found from those ids: reading the
     * assignments again for them cost a search 0.11 ms and a page of all contacts 0.26 ms
     * (bench/README.md). Built for each contact instead (a JSON object per tag, sorted per contact,
     * the page grouped back together), the same tags took 0.5–1.1 ms of a search's 3.2–3.6.
     */
    private static final String WITH_TAGS = """
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
     * After FILTERS, one page with each contact's tags, and how many contacts match (up to
     * :countLimit), in one statement: the search and the tag filter run once for both.
     */
    private static final String PAGE = """
            , page as (
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       c.created_at, c.updated_at, row_number() over (order by %1$s) as position
                %2$s
                 order by %1$s
                 limit :limit offset :offset
            )
            """ + WITH_TAGS.formatted("%3$s");

    /**
     * A search without tags: search_contacts_page() (V20, V22, V26, V27, V29, V31, V32) first walks a bounded
     * stretch of the user's contacts in the list's order, keeping the matches (by name, only the last
     * names whose keys could hold one, when they are few, V32); when a common fragment has
     * filled the page there and matches once more, the matches are not counted (null), and when it has
     * just filled it they are counted up to :countLimit. Otherwise it reads the matches from the index
     * of the owner's keys, counts them and sorts out only the page. The contacts are read again
     * through their own policies.
     */
    private static final String SEARCH_PAGE = """
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
            """ + WITH_TAGS.formatted("select max(matches) from found");

    /** How many contacts the user has, kept by triggers on contacts (V16). */
    private static final String EVERY_CONTACT_COUNT =
            "select coalesce((select contacts from contact_counts where user_id = :userId), 0)";

    /**
     * Every contact, neither searched nor filtered: the page from the index of the order, and the
     * exact total. The page's bounds are written into the statement ({@link #bounds}).
     */
    private static final String EVERY_CONTACT_PAGE = """
            with page as (
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       c.created_at, c.updated_at, row_number() over (order by %1$s) as position
                  from contacts c
                 where c.user_id = :userId
                 order by %1$s
                 %2$s
            )
            """ + WITH_TAGS.formatted(EVERY_CONTACT_COUNT);

    /**
     * One tag, no search, in name order (the list's default): the page read in that order from the
     * tag's assignments, which carry their contacts' name keys (V25), and the tag's contacts counted
     * up to :countLimit. The page's bounds are written into the statement ({@link #bounds}).
     */
    private static final String ONE_TAG_BY_NAME_PAGE = """
            with page as (
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       c.created_at, c.updated_at, a.position
                  from (select ct.contact_id, row_number() over (order by %1$s) as position
                          from contacts_to_tags ct
                         where ct.user_id = :userId and ct.tag_id = :tagId
                         order by %1$s
                         %2$s) a
                  join contacts c on c.id = a.contact_id
                 where c.user_id = :userId
            )
            """ + WITH_TAGS.formatted(ONE_TAG_COUNT);

    private static final String TAG_NAME_ORDER = "ct.last_name_key nulls last, ct.first_name_key nulls last, ct.contact_id";

    private static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    /** Built once: resolving the list type again for each page was half the cost of reading the tags. */
    private final ObjectReader tags;

    ContactRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.tags = json.readerForListOf(Tag.class);
    }

    /**
     * A page, and how many contacts match in all: counted up to {@code countLimit}, or exactly when
     * the query asks for every contact.
     */
    Found page(UUID userId, ContactListQuery query, long countLimit) {
        String order = ORDER.get(query.sort()).formatted(query.descending() ? "desc" : "asc");
        String sql = query.everyContact() ? EVERY_CONTACT_PAGE.formatted(order, bounds(query))
                : oneTagByName(query) ? ONE_TAG_BY_NAME_PAGE.formatted(TAG_NAME_ORDER, bounds(query))
                : searchOnly(query) ? SEARCH_PAGE
                : filters(query.tagIds()) + PAGE.formatted(order, MATCHING, countStatement(query));
        // Each statement reads the parameters it names; the others are left unused.
        var rows = jdbc.sql(sql)
                .param("userId", userId).param("q", query.q()).param("tagIds", query.tagIds().toArray(UUID[]::new))
                .param("tagId", query.tagIds().isEmpty() ? null : query.tagIds().get(0))
                .param("sort", query.sort().name().toLowerCase(Locale.ROOT)).param("descending", query.descending())
                .param("limit", query.page().limit()).param("offset", query.page().offset())
                .param("countLimit", countLimit)
                .query(this::listed).list();
        Long matches = rows.isEmpty() ? Long.valueOf(0) : rows.get(0).matches();
        return new Found(withTags(rows), matches == null ? OptionalLong.empty() : OptionalLong.of(matches));
    }

    /**
     * A page's limit and offset as literals, for the two statements whose only other parameters are
     * the user and the tag. With them as parameters PostgreSQL could not price a generic plan (it
     * takes an unknown limit for a tenth of the rows) and planned the statement on every request,
     * 0.5 ms of its 2. Written in, each page is a statement of its own, which after a few uses on a
     * connection (the driver's five, then PostgreSQL's five custom plans) keeps its generic plan: the
     * first pages, the common ones, are no longer planned; a page rarely asked for still is. Both
     * are checked integers (PageRequest).
     */
    private static String bounds(ContactListQuery query) {
        return "limit " + query.page().limit() + " offset " + query.page().offset();
    }

    private static String countStatement(ContactListQuery query) {
        return query.q().isEmpty() && query.tagIds().size() == 1 ? ONE_TAG_COUNT : COUNT.formatted(MATCHING);
    }

    /** One tag in the name order an index on its assignments gives (V25). */
    private static boolean oneTagByName(ContactListQuery query) {
        return query.q().isEmpty() && query.tagIds().size() == 1
                && query.sort() == ContactListQuery.Sort.NAME && !query.descending();
    }

    /** A search with no tag: V18's functions answer it page by page. */
    private static boolean searchOnly(ContactListQuery query) {
        return !query.q().isEmpty() && query.tagIds().isEmpty();
    }

    long countEveryContact(UUID userId) {
        return jdbc.sql(EVERY_CONTACT_COUNT).param("userId", userId).query(Long.class).single();
    }

    /** How many contacts match, counted up to {@code countLimit}. */
    long count(UUID userId, ContactListQuery query, long countLimit) {
        if (searchOnly(query)) {
            return jdbc.sql(SEARCH_COUNT).param("q", query.q()).param("countLimit", countLimit).query(Long.class).single();
        }
        return jdbc.sql(filters(query.tagIds()) + countStatement(query))
                .param("userId", userId).param("q", query.q()).param("tagIds", query.tagIds().toArray(UUID[]::new))
                .param("countLimit", countLimit)
                .query(Long.class).single();
    }

    /**
     * Holds the contact's row against other edits and merges until the transaction ends; false when
     * the user has no such contact. No key update: a deal or a tag may still be linked to it meanwhile.
     */
    boolean lock(UUID userId, UUID id) {
        return jdbc.sql("select 1 from contacts where user_id = :userId and id = :id for no key update")
                .param("userId", userId).param("id", id).query(Integer.class).optional().isPresent();
    }

    Optional<ContactView> find(UUID userId, UUID id) {
        String matching = MATCHING + " and c.id = :id";
        return jdbc.sql(filters(List.of()) + PAGE.formatted("c.created_at, c.id", matching, COUNT.formatted(matching)))
                .param("userId", userId).param("q", "").param("tagIds", new UUID[0]).param("id", id)
                .param("limit", 1).param("offset", 0).param("countLimit", 1)
                .query(this::listed).optional()
                .map(found -> withTags(List.of(found)).get(0));
    }

    private static String filters(List<UUID> tagIds) {
        return FILTERS.formatted(tagIds.size() == 1 ? ONE_TAG : ALL_TAGS);
    }

    private Listed listed(ResultSet rs, int row) throws SQLException {
        var contact = new ContactView(rs.getObject("id", UUID.class), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("phone"), rs.getString("company"),
                rs.getString("job_title"), rs.getString("notes"), List.of(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
        String pageTags = rs.getString("page_tags");
        return new Listed(contact, Set.of((UUID[]) rs.getArray("tag_ids").getArray()),
                rs.getObject("matches", Long.class), pageTags == null ? List.of() : tags.readValue(pageTags));
    }

    /** Each contact with its tags, in the order of the page's tags (the first row's). */
    private static List<ContactView> withTags(List<Listed> rows) {
        List<Tag> pageTags = rows.isEmpty() ? List.of() : rows.get(0).pageTags();
        return rows.stream()
                .map(r -> r.contact().withTags(pageTags.stream().filter(tag -> r.tagIds().contains(tag.id())).toList()))
                .toList();
    }

    /**
     * Every matching contact's ContactColumn values, in the order asked for, read through a cursor so that
     * memory stays flat however many there are; needs a transaction for the cursor to exist.
     */
    void export(UUID userId, String q, List<UUID> tagIds, ContactListQuery.Sort sort, boolean descending,
                Consumer<String[]> row) {
        jdbc.sql(filters(tagIds) + """
                select c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes,
                       -- By contact id alone: its assignments are its owner's (composite key), and a
                       -- user_id condition here tempts the planner into a scan of all the user's
                       -- assignments for every row when statistics lag behind a fresh import.
                       (select string_agg(t.name, ';' order by lower(t.name))
                          from contacts_to_tags ct join contact_tags t on t.id = ct.tag_id
                         where ct.contact_id = c.id) as tags
                %s
                 order by %s
                """.formatted(MATCHING, ORDER.get(sort).formatted(descending ? "desc" : "asc")))
                .withFetchSize(EXPORT_FETCH_SIZE)
                .param("userId", userId).param("q", q).param("tagIds", tagIds.toArray(UUID[]::new))
                .query((RowCallbackHandler) rs -> row.accept(new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)}));
    }

    /**
     * A page of contacts and how many match in all, counted up to the limit asked for; empty when a
     * search found more matches than the page and did not count them (search_contacts_page(), V26).
     */
    record Found(List<ContactView> items, OptionalLong matches) {
    }

    /** A contact as listed: the ids of its tags, the statement's count, and on the first row the page's tags. */
    private record Listed(ContactView contact, Set<UUID> tagIds, Long matches, List<Tag> pageTags) {
    }

    UUID insert(UUID userId, ContactInput c, String phoneNormalized) {
        return jdbc.sql("""
                insert into contacts (user_id, first_name, last_name, email, phone, phone_normalized, company, job_title, notes)
                values (:userId, :firstName, :lastName, :email, :phone, :phoneNormalized, :company, :jobTitle, :notes)
                returning id
                """).param("userId", userId).param("firstName", c.firstName()).param("lastName", c.lastName())
                .param("email", c.email()).param("phone", c.phone()).param("phoneNormalized", phoneNormalized)
                .param("company", c.company()).param("jobTitle", c.jobTitle()).param("notes", c.notes())
                .query(UUID.class).single();
    }

    int update(UUID userId, UUID id, ContactInput c, String phoneNormalized) {
        return jdbc.sql("""
                update contacts
                   set first_name = :firstName, last_name = :lastName, email = :email, phone = :phone,
                       phone_normalized = :phoneNormalized, company = :company, job_title = :jobTitle, notes = :notes
                 where id = :id and user_id = :userId
                """).param("userId", userId).param("id", id).param("firstName", c.firstName())
                .param("lastName", c.lastName()).param("email", c.email()).param("phone", c.phone())
                .param("phoneNormalized", phoneNormalized).param("company", c.company())
                .param("jobTitle", c.jobTitle()).param("notes", c.notes()).update();
    }

    /**
     * Holds the contact as its delete would, against linking a record to it too (a foreign key takes
     * a key share), until the transaction ends; false when the user has no such contact.
     */
    boolean lockForDelete(UUID userId, UUID id) {
        return jdbc.sql("select 1 from contacts where user_id = :userId and id = :id for update")
                .param("userId", userId).param("id", id).query(Integer.class).optional().isPresent();
    }

    int delete(UUID userId, UUID id) {
        return jdbc.sql("delete from contacts where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId).update();
    }

    boolean exists(UUID userId, UUID id) {
        return jdbc.sql("select exists (select 1 from contacts where id = :id and user_id = :userId)")
                .param("id", id).param("userId", userId).query(Boolean.class).single();
    }
}
