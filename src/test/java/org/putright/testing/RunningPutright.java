package org.putright.testing;

import java.util.ArrayList;
import java.util.List;
import org.putright.PutrightApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Putright started by a test itself on a database the test chose, for tests that need more than
 * the one application context {@link PutrightIntegrationTest} gives: two instances on one
 * database, or the application opened on a database restored from a backup or migrated from an
 * older schema. Same settings as {@link PutrightIntegrationTest}, on a random port.
 */
public final class RunningPutright implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningPutright(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningPutright on(TestDatabase.Target database, String... moreProperties) {
        List<String> properties = new ArrayList<>(database.properties());
        properties.addAll(List.of(
                "server.port=0",
                "putright.demo=false",
                "putright.bootstrap.token=" + Api.ADMIN_TOKEN,
                "putright.bootstrap.password=" + Api.ADMIN_PASSWORD,
                "logging.structured.format.console=",
                "putright.clock.fixed-at=" + PutrightIntegrationTest.NOW));
        properties.addAll(List.of(moreProperties));
        // As command-line arguments: they outrank application.yml, where default properties would not.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PutrightApplication.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        return new RunningPutright(context);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public Api admin() {
        return Api.at(port()).asAdmin();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
