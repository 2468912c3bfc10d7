package dev.foyer.database;

/**
 * Where Foyer connects, and as whom: the owner runs the migrations, the application role serves.
 */
record DatabaseLocation(String jdbcUrl, String ownerUser, String ownerPassword,
                        String appUser, String appPassword, String description) {

    @Override
    public String toString() {
        return "DatabaseLocation[" + description + ", owner " + ownerUser + ", app " + appUser + "]";
    }
}
