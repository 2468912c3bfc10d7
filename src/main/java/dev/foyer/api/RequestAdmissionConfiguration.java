package dev.foyer.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class RequestAdmissionConfiguration implements WebMvcConfigurer {

    private final RequestAdmission admission;

    RequestAdmissionConfiguration(RequestAdmission admission) {
        this.admission = admission;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(admission);
    }
}
