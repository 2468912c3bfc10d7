package dev.foyer;

import java.util.Arrays;

import dev.foyer.demo.DemoData;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Foyer: a CRM server for realtors, agencies and small service businesses.
 *
 * <p>{@code java -jar foyer.jar} serves; {@code java -jar foyer.jar migrate} applies the database
 * migrations and exits, for deploy pipelines that migrate before rolling out new instances;
 * {@code java -jar foyer.jar demo} deletes the demo user with its data, creates it afresh and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FoyerApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("migrate")) {
            migrate(args);
            return;
        }
        if (Arrays.asList(args).contains("demo")) {
            demo(args);
            return;
        }
        SpringApplication.run(FoyerApplication.class, args);
    }

    private static void migrate(String[] args) {
        var context = new SpringApplicationBuilder(FoyerApplication.class)
                .web(WebApplicationType.NONE)
                .properties("foyer.demo.enabled=false")
                .run(args);
        // Flyway migrates while the context starts; nothing else is needed.
        System.exit(SpringApplication.exit(context));
    }

    private static void demo(String[] args) {
        var context = new SpringApplicationBuilder(FoyerApplication.class)
                .web(WebApplicationType.NONE)
                .properties("foyer.demo.enabled=false")
                .run(args);
        int code = 1;
        try {
            context.getBean(DemoData.class).reload();
            code = 0;
        } finally {
            int exitCode = code;
            System.exit(SpringApplication.exit(context, () -> exitCode));
        }
    }
}
