package org.putright.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** GOV.UK pagination: previous, numbered pages around the current one, next; filters kept. */
record Pagination(
        int current,
        int last,
        @Nullable String previous,
        @Nullable String next,
        List<Item> items) {

    /** A page link, or an ellipsis when {@code href} is null. */
    record Item(int number, @Nullable String href, boolean current) {

        /**
         * The item's GOV.UK classes. Named here, not in the template, because a double underscore
         * inside a Thymeleaf expression is its preprocessing marker.
         */
        public String cssClass() {
            if (href == null) {
                return "govuk-pagination__item govuk-pagination__item--ellipses";
            }
            return current ? "govuk-pagination__item govuk-pagination__item--current" : "govuk-pagination__item";
        }
    }

    /** The page asked for: a page number that is not one, or is out of range, is the first page. */
    static int requested(Map<String, String> parameters) {
        try {
            int page = Integer.parseInt(parameters.getOrDefault("page", "1").strip());
            return page < 1 || page > 100_000 ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Pagination of(int current, int size, long total, String path, Map<String, String> parameters) {
        return of(current, size, total, true, path, parameters);
    }

    /**
     * @param exact false when more than {@code total} match (counting stopped): the last page is not
     *     known, so the numbers end in an ellipsis after the next page, and there is always a next
     */
    static Pagination of(
            int current, int size, long total, boolean exact, String path, Map<String, String> parameters) {
        int counted = (int) Math.max(1, (total + size - 1) / size);
        int last = exact ? counted : Math.max(counted, current + 1);
        int shownUpTo = exact ? last : current + 1;
        List<Item> items = new ArrayList<>();
        int previousShown = 0;
        for (int number = 1; number <= shownUpTo; number++) {
            boolean shown = number == 1 || (exact && number == last) || Math.abs(number - current) <= 1;
            if (!shown) {
                continue;
            }
            if (number - previousShown > 1) {
                items.add(new Item(0, null, false));
            }
            items.add(new Item(number, href(path, parameters, number), number == current));
            previousShown = number;
        }
        if (!exact) {
            items.add(new Item(0, null, false));
        }
        return new Pagination(
                current,
                last,
                current > 1 ? href(path, parameters, current - 1) : null,
                current < last ? href(path, parameters, current + 1) : null,
                items);
    }

    private static String href(String path, Map<String, String> parameters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (!name.equals("page") && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        uri.queryParam("page", page);
        return uri.build().encode().toUriString();
    }
}
