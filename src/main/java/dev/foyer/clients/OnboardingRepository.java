package dev.foyer.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Seed 000's client_onboarding. The client reads and writes their own; the realtor reads it only
 * while the pair is active: a removed client's form stays the client's, and a pending one is not
 * shared yet. Dates are stored as midnight UTC in the seed's timestamptz columns.
 */
@Repository
class OnboardingRepository {

    private static final String SELECT = """
            select o.id, o.client_id, o.realtor_id, cu.full_name as client_name, ru.full_name as realtor_name,
                   o.phone, o.date_of_birth, o.current_address, o.current_city, o.current_province,
                   o.current_postal_code, o.employer_name, o.employer_phone, o.job_title, o.monthly_income,
                   o.employment_start_date, o.emergency_contact_name, o.emergency_contact_phone,
                   o.emergency_contact_relationship, o.number_of_occupants, o.has_pets, o.additional_notes,
                   o.submitted_at, o.created_at
              from client_onboarding o
              left join users cu on cu.id = o.client_id
              left join users ru on ru.id = o.realtor_id
             where (o.client_id = :userId
                    or (o.realtor_id = :userId
                        and exists (select 1 from realtor_clients rc
                                     where rc.realtor_id = o.realtor_id and rc.client_id = o.client_id
                                       and rc.status = 'active' and rc.deleted_at is null)))
            """;

    private static final RowMapper<OnboardingView> ROWS = OnboardingRepository::row;

    private final JdbcClient jdbc;

    OnboardingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OnboardingView> list(UUID userId) {
        return jdbc.sql(SELECT + " order by o.created_at desc, o.id").param("userId", userId).query(ROWS).list();
    }

    Optional<OnboardingView> find(UUID userId, UUID id) {
        return jdbc.sql(SELECT + " and o.id = :id").param("userId", userId).param("id", id).query(ROWS).optional();
    }

    /** Locks the client's own form until the transaction ends, so that two saves take turns. */
    boolean lockAsClient(UUID clientId, UUID id) {
        return jdbc.sql("select true from client_onboarding where id = :id and client_id = :clientId for update")
                .param("id", id).param("clientId", clientId).query(Boolean.class).optional().isPresent();
    }

    /** Writes every field: the caller merged the change into what was there. */
    void update(UUID clientId, UUID id, Map<OnboardingField, Object> form, Instant submittedAt) {
        var statement = jdbc.sql("""
                update client_onboarding
                   set phone = :phone, date_of_birth = :dateOfBirth, current_address = :currentAddress,
                       current_city = :currentCity, current_province = :currentProvince,
                       current_postal_code = :currentPostalCode, employer_name = :employerName,
                       employer_phone = :employerPhone, job_title = :jobTitle, monthly_income = :monthlyIncome,
                       employment_start_date = :employmentStartDate, emergency_contact_name = :emergencyContactName,
                       emergency_contact_phone = :emergencyContactPhone,
                       emergency_contact_relationship = :emergencyContactRelationship,
                       number_of_occupants = :numberOfOccupants, has_pets = :hasPets,
                       additional_notes = :additionalNotes, submitted_at = :submittedAt
                 where id = :id and client_id = :clientId
                """).param("id", id).param("clientId", clientId)
                .param("submittedAt", submittedAt == null ? null : OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC));
        for (OnboardingField field : OnboardingField.values()) {
            Object value = form.get(field);
            statement = statement.param(field.json(), value instanceof LocalDate date
                    ? date.atStartOfDay().atOffset(ZoneOffset.UTC) : value);
        }
        statement.update();
    }

    private static OnboardingView row(ResultSet rs, int n) throws SQLException {
        return new OnboardingView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("realtor_id", UUID.class), rs.getString("client_name"), rs.getString("realtor_name"),
                rs.getString("phone"), date(rs, "date_of_birth"), rs.getString("current_address"),
                rs.getString("current_city"), rs.getString("current_province"), rs.getString("current_postal_code"),
                rs.getString("employer_name"), rs.getString("employer_phone"), rs.getString("job_title"),
                rs.getObject("monthly_income", Integer.class), date(rs, "employment_start_date"),
                rs.getString("emergency_contact_name"), rs.getString("emergency_contact_phone"),
                rs.getString("emergency_contact_relationship"), rs.getObject("number_of_occupants", Integer.class),
                rs.getString("has_pets"), rs.getString("additional_notes"), instant(rs, "submitted_at"),
                instant(rs, "created_at"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
