package dev.foyer.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final RecordMapper<UserRow> USER_ROWS = RecordMapper.of(UserRow.class);
    private static final RecordMapper<UserView.IdentityView> IDENTITIES = RecordMapper.of(UserView.IdentityView.class);
    private static final RecordMapper<Owned> OWNED_IDENTITIES = RecordMapper.of(Owned.class);

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record UserRow(UUID id, String fullName, String email, String avatarUrl, String role, String permission,
                   boolean disabled, java.time.Instant createdAt) {
    }

    private static final String USER_COLUMNS = """
            u.id, coalesce(p.full_name, u.full_name) as full_name, p.email,
            coalesce(p.avatar_url, u.profile_picture_url) as avatar_url, u.role::text as role,
            p.role::text as permission, u.disabled_at is not null as disabled, u.created_at
            """;

    Optional<UUID> findUserByIdentity(String provider, String providerId) {
        return jdbc.sql("""
                select user_id from user_auth_identities
                 where provider = :provider::auth_provider and provider_id = :providerId
                """).param("provider", provider).param("providerId", providerId).query(UUID.class).optional();
    }

    /** The signup trigger makes the profile from these columns. */
    void createUser(UUID id, String fullName, String pictureUrl) {
        jdbc.sql("""
                insert into users (id, full_name, profile_picture_url) values (:id, :fullName, :pictureUrl)
                """).param("id", id).param("fullName", fullName).param("pictureUrl", pictureUrl).update();
    }

    UUID addIdentity(UUID userId, String provider, String providerId, String email) {
        return jdbc.sql("""
                insert into user_auth_identities (user_id, provider, provider_id, email)
                values (:userId, :provider::auth_provider, :providerId, :email)
                returning id
                """).param("userId", userId).param("provider", provider).param("providerId", providerId)
                .param("email", email).query(UUID.class).single();
    }

    List<UserView.IdentityView> identities(UUID userId) {
        return jdbc.sql("""
                select id, provider::text as provider, provider_id, email, created_at
                  from user_auth_identities where user_id = :userId order by created_at, id
                """).param("userId", userId).query(IDENTITIES).list();
    }

    private record Owned(UUID userId, UUID id, String provider, String providerId, String email,
                         java.time.Instant createdAt) {
    }

    /** The identities of many users in one query, for lists. */
    java.util.Map<UUID, List<UserView.IdentityView>> identities(List<UUID> userIds) {
        return jdbc.sql("""
                select user_id, id, provider::text as provider, provider_id, email, created_at
                  from user_auth_identities where user_id = any(:userIds) order by created_at, id
                """).param("userIds", userIds.toArray(UUID[]::new)).query(OWNED_IDENTITIES).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Owned::userId,
                        java.util.stream.Collectors.mapping(o -> new UserView.IdentityView(o.id(), o.provider(),
                                o.providerId(), o.email(), o.createdAt()), java.util.stream.Collectors.toList())));
    }

    int deleteIdentity(UUID userId, UUID identityId) {
        return jdbc.sql("delete from user_auth_identities where id = :id and user_id = :userId")
                .param("id", identityId).param("userId", userId).update();
    }

    Optional<UserRow> user(UUID userId) {
        return jdbc.sql("select " + USER_COLUMNS + """
                  from users u join profiles p on p.id = u.id
                 where u.id = :id
                """).param("id", userId).query(USER_ROWS).optional();
    }

    /** Profiles an admin or support looks through, newest first, matching name or email. */
    List<UserRow> search(String query, int limit, int offset) {
        return jdbc.sql("select " + USER_COLUMNS + """
                  from users u join profiles p on p.id = u.id
                 where :query = '' or p.full_name ilike :pattern or p.email ilike :pattern
                 order by u.created_at desc, u.id
                 limit :limit offset :offset
                """).param("query", query).param("pattern", "%" + escapeLike(query) + "%")
                .param("limit", limit).param("offset", offset).query(USER_ROWS).list();
    }

    long count(String query) {
        return jdbc.sql("""
                select count(*) from profiles p
                 where :query = '' or p.full_name ilike :pattern or p.email ilike :pattern
                """).param("query", query).param("pattern", "%" + escapeLike(query) + "%").query(Long.class).single();
    }

    /** Seed 001 keeps name and picture on users, seed 003 on profiles: one change writes both. */
    void updateProfile(UUID userId, String fullName, String email, String avatarUrl) {
        jdbc.sql("""
                update profiles set full_name = :fullName, email = :email, avatar_url = :avatarUrl where id = :id
                """).param("fullName", fullName).param("email", email).param("avatarUrl", avatarUrl)
                .param("id", userId).update();
        jdbc.sql("""
                update users set full_name = :fullName, profile_picture_url = :avatarUrl where id = :id
                """).param("fullName", fullName).param("avatarUrl", avatarUrl).param("id", userId).update();
    }

    void setEmail(UUID userId, String email) {
        jdbc.sql("update profiles set email = :email where id = :id").param("email", email).param("id", userId).update();
    }

    /** Changes the account type; every access token issued before stops working. */
    int setRole(UUID userId, String role) {
        return jdbc.sql("""
                update users set role = :role::user_role, token_version = token_version + 1 where id = :id
                """).param("role", role).param("id", userId).update();
    }

    int setPermission(UUID userId, String permission) {
        int changed = jdbc.sql("update profiles set role = :permission::profile_role where id = :id")
                .param("permission", permission).param("id", userId).update();
        jdbc.sql("update users set token_version = token_version + 1 where id = :id").param("id", userId).update();
        return changed;
    }

    /** Disables or enables a user; either way, every access token issued before stops working. */
    int setDisabled(UUID userId, boolean disabled) {
        return jdbc.sql("""
                update users
                   set disabled_at = case when :disabled then coalesce(disabled_at, now()) end,
                       token_version = token_version + 1
                 where id = :id
                """).param("disabled", disabled).param("id", userId).update();
    }

    int endAllSessions(UUID userId) {
        return jdbc.sql("delete from user_refresh_tokens where user_id = :id").param("id", userId).update();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
