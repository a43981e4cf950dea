package org.putright.code;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped Code editions, loaded and checked once at start-up. */
@Configuration(proxyBeanMethods = false)
class CodeConfiguration {

    @Bean
    CodeEditions codeEditions() {
        return CodeEditions.shipped();
    }
}
