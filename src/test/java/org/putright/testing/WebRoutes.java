package org.putright.testing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages and forms the application serves, read from its own request mappings rather than
 * written down, so that a test iterating them cannot miss a page or form added later: every
 * mapping of a {@code @Controller} that is not a REST controller, outside the API and the error
 * page.
 */
public final class WebRoutes {

    private WebRoutes() {}

    /** One method and path pattern of a page or form, e.g. {@code POST /cases/{reference}/acknowledge}. */
    public record Route(String method, String pattern, String controller, List<String> fields) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }

        /** The pattern with each {variable} (and its regex, if any) replaced by {@code value}. */
        public String with(String value) {
            return pattern.replaceAll("\\{[^}/]+}", value);
        }
    }

    public static List<Route> all(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.equals("/error")) {
                    continue;
                }
                List<String> names = methods.isEmpty()
                        ? List.of("GET")
                        : methods.stream().map(Enum::name).toList();
                for (String method : names) {
                    routes.add(new Route(method, pattern, handler.getBeanType().getSimpleName(), fields(handler)));
                }
            }
        });
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /**
     * The form fields a handler reads: its {@code @RequestParam}s, and the components of a record
     * it binds the form to.
     */
    private static List<String> fields(HandlerMethod handler) {
        List<String> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                if (name.isEmpty()) {
                    name = parameter.getParameterName();
                }
                if (name != null && !Map.class.isAssignableFrom(type)) {
                    fields.add(name);
                }
            } else if (type.isRecord() && !parameter.hasParameterAnnotation(PathVariable.class)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.add(component.getName());
                }
            }
        }
        return List.copyOf(fields);
    }

    public static List<Route> forms(RequestMappingHandlerMapping mapping) {
        return all(mapping).stream()
                .filter(route -> route.method().equals("POST"))
                .toList();
    }

    public static List<Route> pages(RequestMappingHandlerMapping mapping) {
        return all(mapping).stream()
                .filter(route -> route.method().equals("GET"))
                .toList();
    }
}
