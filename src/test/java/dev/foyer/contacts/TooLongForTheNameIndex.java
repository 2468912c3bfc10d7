package dev.foyer.contacts;

import java.util.UUID;

import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contact whose search entry no B-tree index can carry: a company of 600 and an email of 300
 * three-byte characters that do not repeat, so that its document (2,700 bytes) cannot be compressed
 * under the 2,704 bytes an entry holds, though each field fits in its own index. No form takes an
 * email like this, but the table takes any writer's (V29).
 */
final class TooLongForTheNameIndex {

    private TooLongForTheNameIndex() {
    }

    static void insert(TestUsers users, JdbcClient jdbc, UUID userId, String firstName, String lastName) {
        users.runAs(ActingUser.of(userId), () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name, email, company)
                values (:userId, :firstName, :lastName, :email, :company)
                """).param("userId", userId).param("firstName", firstName).param("lastName", lastName)
                .param("email", wide(300, 0) + "@example.com").param("company", wide(600, 1)).update());
    }

    private static String wide(int characters, int seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            text.append((char) (0x4E00 + (seed * 10_007 + i * 7919) % 20_000));
        }
        return text.toString();
    }
}
