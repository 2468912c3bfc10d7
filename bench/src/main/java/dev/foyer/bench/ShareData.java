package dev.foyer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A realtor's client as a landlord's share link finds them, made with SQL as the embedded
 * PostgreSQL's superuser: the pair (invited, then accepted with the client bound as the current user,
 * as the status guard wants), a filled-in onboarding, and documents whose bytes lie where Foyer's
 * filesystem storage keeps them.
 */
final class ShareData {

    static final int DOCUMENTS = 4;
    static final int DOCUMENT_BYTES = 200 * 1024;

    private ShareData() {
    }

    /** Pairs the two users and fills in the client's profile; answers the id of one document. */
    static UUID load(String databaseUrl, Path objectsDir, UUID realtor, UUID client) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "")) {
            c.setAutoCommit(false);
            update(c, "update users set full_name = 'Maya Benchmark' where id = ?", client);
            update(c, "insert into realtor_clients (realtor_id, client_id) values (?, ?)", realtor, client);
            update(c, "select set_config('app.user_id', ?::text, true)", client);
            update(c, "update realtor_clients set status = 'active' where realtor_id = ? and client_id = ?", realtor, client);
            UUID onboarding = UUID.randomUUID();
            update(c, """
                    insert into client_onboarding (id, realtor_id, client_id, phone, date_of_birth, current_address,
                           current_city, current_province, current_postal_code, employer_name, employer_phone,
                           job_title, monthly_income, employment_start_date, emergency_contact_name,
                           emergency_contact_phone, emergency_contact_relationship, number_of_occupants,
                           has_pets, additional_notes, submitted_at)
                    values (?, ?, ?, '+14165550123', '1990-04-15', '12 Elm Street', 'Toronto', 'ON', 'M5V 2T6',
                            'Northwind Logistics', '+14165550188', 'Analyst', 7350, '2019-03-01', 'Ana Silva',
                            '+14165550177', 'Sister', 2, 'One cat', 'Non-smoker, quiet tenant', now())
                    """, onboarding, realtor, client);
            UUID first = null;
            for (int i = 1; i <= DOCUMENTS; i++) {
                UUID id = UUID.randomUUID();
                String key = "onboarding/" + onboarding + "/" + id;
                Path file = objectsDir.resolve(key);
                Files.createDirectories(file.getParent());
                Files.write(file, pdf(DOCUMENT_BYTES));
                update(c, """
                        insert into client_documents (id, onboarding_id, title, s3_key, filename, mime_type, size_bytes)
                        values (?, ?, ?, ?, ?, 'application/pdf', ?)
                        """, id, onboarding, "Document " + i, key, "document-" + i + ".pdf", DOCUMENT_BYTES);
                first = first == null ? id : first;
            }
            c.commit();
            return first;
        }
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
