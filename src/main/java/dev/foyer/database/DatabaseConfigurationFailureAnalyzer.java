package dev.foyer.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database set-up failure into the one line that says what to fix, without a stack trace. */
class DatabaseConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Check DATABASE_URL, DATABASE_APP_USER and DATABASE_APP_PASSWORD "
                        + "(see the README's configuration table), or unset DATABASE_URL to use the embedded server.",
                cause);
    }
}
