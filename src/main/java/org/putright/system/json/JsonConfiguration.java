package org.putright.system.json;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.module.blackbird.BlackbirdModule;

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

    /**
     * Each property read and written through an accessor generated once, instead of by reflection
     * on every call: writing a complaint's view reflected on each of its properties (docs/adr/0015).
     */
    @Bean
    JacksonModule generatedAccessors() {
        return new BlackbirdModule();
    }

    /**
     * No XML converter. JAXB is on the class path for the bank-holiday data, so Spring added one,
     * and every JSON answer asked it first whether the answer was an XML root element (about 1 % of
     * an API request). Nothing Putright answers is one, so no answer changes.
     */
    @Bean
    ServerHttpMessageConvertersCustomizer noXmlConverter() {
        return converters -> converters.configureMessageConvertersList(
                list -> list.removeIf(Jaxb2RootElementHttpMessageConverter.class::isInstance));
    }
}
