package org.putright.system.web;

import java.util.regex.Pattern;

/**
 * How the landlord's pages look: its name in the header and its colour. Putright's pages carry the
 * landlord's brand, never GOV.UK's.
 */
public record Brand(String name, String primaryColour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static final Brand DEFAULT = new Brand("Putright", "#1d5c63");

    public Brand {
        if (!COLOUR.matcher(primaryColour).matches()) {
            throw new IllegalArgumentException("A colour is written #rrggbb");
        }
    }
}
