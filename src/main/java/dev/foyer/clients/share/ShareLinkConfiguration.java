package dev.foyer.clients.share;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ShareLinkConfiguration {

    /** First of all filters, so that no other filter ever holds the address with the token. */
    @Bean
    FilterRegistrationBean<ShareTokenFilter> shareTokenFilter() {
        var registration = new FilterRegistrationBean<>(new ShareTokenFilter());
        registration.addUrlPatterns(ShareTokenFilter.PREFIX + "*", "/error");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
