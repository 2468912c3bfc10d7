package dev.foyer.demo;

import dev.foyer.database.FoyerDatabaseProperties;
import dev.foyer.identity.PhoneAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A newcomer's first start, on the embedded database with nobody in it yet, gets the demo user.
 * A server on DATABASE_URL never does: an operator's database gets no invented people.
 */
@Component
class DemoOnFirstStart implements ApplicationRunner {

    private final DemoProperties demo;
    private final FoyerDatabaseProperties database;
    private final PhoneAccounts accounts;
    private final DemoData data;

    DemoOnFirstStart(DemoProperties demo, FoyerDatabaseProperties database, PhoneAccounts accounts, DemoData data) {
        this.demo = demo;
        this.database = database;
        this.accounts = accounts;
        this.data = data;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled() && database.isEmbedded() && accounts.noneYet()) {
            data.reload();
        }
    }
}
