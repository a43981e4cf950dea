package org.putright.code;

import java.util.Locale;

/**
 * Rules no provision states but every record must obey for the Code's timescales and reports to
 * mean anything: things happen in order, and not in the future. They cite no provision, so they
 * live apart from {@link CodeRule}, whose every constant must cite one.
 */
public enum RecordRule implements Rule {
    TIME_ORDER(
            "Out of time order",
            "Dates on a complaint must follow the order things happened in, so nothing can be dated before the"
                    + " event it follows, such as an acknowledgement before the complaint was received."),
    DATED_IN_FUTURE(
            "Dated in the future",
            "Something that has already happened cannot be recorded with a date or time later than now."),
    NOT_ALLOWED_IN_STATUS(
            "Not possible at this point",
            "A complaint moves through its stages only in the ways the Code allows; this step is not open to a"
                    + " complaint in its current status.");

    private final String title;
    private final String explanation;

    RecordRule(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String explanation() {
        return explanation;
    }
}
