package dev.foyer.deals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;

/** How a deal is read: the one select list every deal query shares, and its mapping. */
final class DealRows {

    /**
     * A deal with its contact's name and email (seed 004's "deals with contact info"); the join
     * repeats the owner so that it stays within one user.
     */
    static final String SELECT = """
            select d.id, d.title, d.value, d.currency, d.stage, d.status::text as status, d.probability,
                   d.expected_close_date, d.next_action, d.next_action_due, d.description,
                   c.id as contact_id, concat_ws(' ', c.first_name, c.last_name) as contact_name,
                   c.email as contact_email,
                   d.lead_id, d.property_id, d.closed_at, d.created_at, d.updated_at
              from deals d
              left join contacts c on c.id = d.contact_id and c.user_id = d.user_id
            """;

    static final RowMapper<DealResponse> MAPPER = DealRows::map;

    private DealRows() {
    }

    static DealResponse map(ResultSet rs, int row) throws SQLException {
        UUID contactId = rs.getObject("contact_id", UUID.class);
        return new DealResponse(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getBigDecimal("value"),
                rs.getString("currency"),
                rs.getString("stage"),
                rs.getString("status"),
                (Integer) rs.getObject("probability"),
                rs.getObject("expected_close_date", LocalDate.class),
                rs.getString("next_action"),
                instant(rs, "next_action_due"),
                rs.getString("description"),
                contactId == null ? null : new DealResponse.ContactSummary(contactId, rs.getString("contact_name"),
                        rs.getString("contact_email")),
                rs.getObject("lead_id", UUID.class),
                rs.getObject("property_id", UUID.class),
                instant(rs, "closed_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A timestamptz parameter: an offset date-time binds as one, with no session time zone involved. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
