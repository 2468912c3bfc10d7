package dev.foyer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole server on a real port, on its own embedded PostgreSQL. Test classes with this
 * annotation share one application context, and so one database: tests make their own users
 * ({@link TestUsers}) rather than assume an empty table. The server's clock is a {@link MutableClock},
 * and its SMS, Google and Facebook are the local servers of {@link FakeProviders}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestUsers.class, TestClockConfiguration.class})
@ContextConfiguration(initializers = FakeProviders.class)
public @interface FoyerIntegrationTest {
}
