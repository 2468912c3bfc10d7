package dev.foyer.database;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Row-level security only holds if the role the server queries as cannot step around it: not a
 * superuser, no BYPASSRLS, owner of no table. Checked at start-up, so a misconfigured deployment
 * refuses to serve instead of serving every user everything.
 */
final class ApplicationRole {

    private ApplicationRole() {
    }

    static void verify(DataSource dataSource, DatabaseLocation location) {
        try (var connection = dataSource.getConnection();
             var rs = connection.createStatement().executeQuery("""
                     select r.rolsuper, r.rolbypassrls,
                            (select count(*) from pg_class c where c.relowner = r.oid
                               and c.relnamespace not in ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)) as owned
                       from pg_roles r
                      where r.rolname = current_user
                     """)) {
            rs.next();
            if (rs.getBoolean("rolsuper") || rs.getBoolean("rolbypassrls") || rs.getLong("owned") > 0) {
                throw new DatabaseConfigurationException("DATABASE_APP_USER " + location.appUser()
                        + " must not be a superuser, have BYPASSRLS or own tables: row-level security would not hold");
            }
        } catch (SQLException e) {
            throw new DatabaseConfigurationException("Cannot connect to " + location.description()
                    + " as DATABASE_APP_USER " + location.appUser() + ": " + DatabaseServer.firstLine(e.getMessage()), e);
        }
    }
}
