package dev.foyer.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own mapper writes instants through {@link InstantText}: its text is Jackson's own, so
 * only this shows that the faster writer is in use.
 */
@FoyerIntegrationTest
class InstantTextRegisteredTest {

    @Autowired
    JsonMapper json;

    @Test
    void theApplicationsMapperWritesInstantsThroughIt() {
        assertThat(json.registeredModules()).extracting(JacksonModule::getModuleName).contains("foyer-instant-text");
    }
}
