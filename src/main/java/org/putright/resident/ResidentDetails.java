package org.putright.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;

/**
 * Who a resident is and how to reach them: what staff type in, or what the complaint intake
 * passes on. Text is tidied on the way in (surrounding spaces dropped, blanks treated as absent,
 * postcodes in capitals). At least one way to contact the resident is needed, because every
 * complaint ends in letters that must reach them.
 *
 * @param preferredChannel null when the resident has not said; {@link #resolved()} then picks the
 *     first channel their details allow
 * @param preferredFormat null means {@link CommunicationFormat#STANDARD}
 * @param formatLanguage the language for {@link CommunicationFormat#TRANSLATION}, which needs one
 */
public record ResidentDetails(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String postcode,
        @Nullable String tenancyReference,
        @Nullable ContactChannel preferredChannel,
        @Nullable CommunicationFormat preferredFormat,
        @Nullable String formatLanguage) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 320;
    public static final int MAX_PHONE = 40;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_POSTCODE = 10;
    public static final int MAX_TENANCY_REFERENCE = 50;
    public static final int MAX_LANGUAGE = 100;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z0-9 ]{2,10}");

    public ResidentDetails {
        name = Fields.tidyOrEmpty(name);
        email = Fields.tidy(email);
        phone = Fields.tidy(phone);
        address = Fields.tidy(address);
        String code = Fields.tidy(postcode);
        postcode = code == null
                ? null
                : Fields.WHITE_SPACE.matcher(code.toUpperCase(Locale.ROOT)).replaceAll(" ");
        tenancyReference = Fields.tidy(tenancyReference);
        formatLanguage = Fields.tidy(formatLanguage);
    }

    /** A resident as the complaint intake describes them (API.md): contact details only. */
    public static ResidentDetails of(
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String tenancyReference) {
        return new ResidentDetails(name, email, phone, address, null, tenancyReference, null, null, null);
    }

    /** A resident as the complaint intake describes them, with the postcode it was given. */
    public static ResidentDetails of(
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String postcode,
            @Nullable String tenancyReference) {
        return new ResidentDetails(name, email, phone, address, postcode, tenancyReference, null, null, null);
    }

    /**
     * These details with the preferences filled in, after checking them: the channel defaults to
     * email, else letter, else phone, whichever the details allow; the format to standard.
     *
     * @throws InvalidInput naming every field that is wrong
     */
    public ResidentDetails resolved() {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Fields.required(errors, "name", name);
        Fields.limit(errors, "name", name, MAX_NAME);
        Fields.limit(errors, "email", email, MAX_EMAIL);
        Fields.limit(errors, "phone", phone, MAX_PHONE);
        Fields.limit(errors, "address", address, MAX_ADDRESS);
        Fields.limit(errors, "postcode", postcode, MAX_POSTCODE);
        Fields.limit(errors, "tenancyReference", tenancyReference, MAX_TENANCY_REFERENCE);
        Fields.limit(errors, "formatLanguage", formatLanguage, MAX_LANGUAGE);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new InvalidInput.FieldError("email", "must be a well-formed email address"));
        }
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            errors.add(new InvalidInput.FieldError("postcode", "must be a postcode such as SW1A 1AA"));
        }
        if (email == null && phone == null && address == null) {
            errors.add(new InvalidInput.FieldError(
                    "contact", "give at least one way to contact the resident: email, phone or address"));
        }
        ContactChannel channel = preferredChannel == null ? defaultChannel() : preferredChannel;
        if (channel != null && !reachableBy(channel)) {
            errors.add(new InvalidInput.FieldError(
                    "preferredChannel", channel + " needs " + needs(channel) + " to reach the resident by"));
        }
        CommunicationFormat format = preferredFormat == null ? CommunicationFormat.STANDARD : preferredFormat;
        if (format == CommunicationFormat.TRANSLATION && formatLanguage == null) {
            errors.add(new InvalidInput.FieldError("formatLanguage", "name the language letters are translated into"));
        }
        Fields.throwIfAny(errors);
        return new ResidentDetails(
                name, email, phone, address, postcode, tenancyReference, channel, format, formatLanguage);
    }

    private @Nullable ContactChannel defaultChannel() {
        if (email != null) {
            return ContactChannel.EMAIL;
        }
        if (address != null) {
            return ContactChannel.LETTER;
        }
        return phone != null ? ContactChannel.PHONE : null;
    }

    private boolean reachableBy(ContactChannel channel) {
        return switch (channel) {
            case EMAIL -> email != null;
            case PHONE -> phone != null;
            case LETTER -> address != null;
            case WEB -> email != null || phone != null || address != null;
        };
    }

    private static String needs(ContactChannel channel) {
        return switch (channel) {
            case EMAIL -> "an email address";
            case PHONE -> "a phone number";
            case LETTER -> "an address";
            case WEB -> "some contact details";
        };
    }
}
