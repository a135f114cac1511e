package fi.polku.launcher;

/**
 * The PostgreSQL the platform runs on: started by the launcher (embedded) or an existing server
 * (external). Either way the bundles only see a JDBC URL, a user and a password.
 */
interface Database extends AutoCloseable {

    /** Connection settings handed to the framework as {@code polku.db.*} properties. */
    record Connection(String url, String user, String password) {
        @Override
        public String toString() {
            return "Connection[" + url + " as " + user + "]"; // never the password
        }
    }

    Connection connection();

    /** Stops what {@link #start} started; does nothing for an external database. */
    @Override
    void close();
}
