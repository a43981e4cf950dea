package org.putright.calendar;

/**
 * A bank holidays file that cannot be trusted, with a message that tells an administrator what is
 * wrong and where. Nothing from such a file is used.
 */
public final class MalformedBankHolidays extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedBankHolidays(String message) {
        super(message);
    }

    MalformedBankHolidays(String message, Throwable cause) {
        super(message, cause);
    }
}
