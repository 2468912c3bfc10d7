/**
 * The database: where PostgreSQL is (the embedded server Foyer starts itself, or the server that
 * {@code DATABASE_URL} names), the two roles Foyer uses (the owner that migrates, the application
 * role that queries under row-level security), the binding of each transaction to the user it acts
 * for, which {@code auth.uid()} returns to the policies, and {@link dev.foyer.database.RecordMapper},
 * which reads a row into a record by its columns' names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package dev.foyer.database;
