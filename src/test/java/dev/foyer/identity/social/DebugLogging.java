package dev.foyer.identity.social;

import java.util.Properties;
import java.util.logging.Level;

import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.io.ClassPathResource;

/**
 * Everything logged at the most verbose level, as an operator chasing a problem would set it with
 * {@code logging.level.root=trace}: the JDK's own java.util.logging output routed like Spring Boot
 * routes it, and the specific levels Foyer's application.yml ships applied on top. A test that captures
 * the output then sees whatever a token could leak into.
 */
class DebugLogging implements AutoCloseable {

    private static final String LEVEL_PREFIX = "logging.level.";
    // The fake servers stand in for Google and Facebook; what they log is not Foyer's output.
    private static final String FAKE_SERVER_LOGGER = "com.sun.net.httpserver";

    private final LoggingSystem loggingSystem = LoggingSystem.get(DebugLogging.class.getClassLoader());
    private final Properties shippedLevels = shippedLevels();
    private final LogLevel previousRootLevel;
    private final Level previousJulLevel;

    DebugLogging() {
        previousRootLevel = loggingSystem.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME).getConfiguredLevel();
        previousJulLevel = julRoot().getLevel();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        julRoot().setLevel(Level.ALL);
        loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
        loggingSystem.setLogLevel(FAKE_SERVER_LOGGER, LogLevel.OFF);
        shippedLevels.forEach((name, level) -> loggingSystem.setLogLevel(
                logger(name), LogLevel.valueOf(level.toString().toUpperCase())));
    }

    @Override
    public void close() {
        shippedLevels.keySet().forEach(name -> loggingSystem.setLogLevel(logger(name), null));
        loggingSystem.setLogLevel(FAKE_SERVER_LOGGER, null);
        loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, previousRootLevel);
        julRoot().setLevel(previousJulLevel);
        SLF4JBridgeHandler.uninstall();
    }

    private static Properties shippedLevels() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        var levels = new Properties();
        yaml.getObject().forEach((name, level) -> {
            if (name.toString().startsWith(LEVEL_PREFIX)) {
                levels.put(name, level);
            }
        });
        return levels;
    }

    private static String logger(Object propertyName) {
        return propertyName.toString().substring(LEVEL_PREFIX.length());
    }

    private static java.util.logging.Logger julRoot() {
        return java.util.logging.Logger.getLogger("");
    }
}
