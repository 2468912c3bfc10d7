package dev.foyer.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    @Bean
    ObjectStorage objectStorage(StorageProperties properties) {
        return new FilesystemObjectStorage(properties.directory());
    }
}
