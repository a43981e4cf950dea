package org.putright.system.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Registers Putright's reading rules with the application's JSON mapper. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("putright-text").addDeserializer(String.class, new TextWithoutNul());
    }

    @Bean
    JacksonModule fourDigitYears() {
        return new SimpleModule("putright-dates").setDeserializerModifier(new FourDigitYears());
    }
}
