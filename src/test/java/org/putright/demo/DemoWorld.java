package org.putright.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.Timescales;
import org.putright.complaint.Actor;

/** The demo landlord's world without a database: real calendar and Code timescales, stand-in residents. */
final class DemoWorld {

    static final WorkingCalendar ENGLAND = WorkingCalendar.of(
            Division.ENGLAND_AND_WALES, GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()));
    static final Timescales HOS_2024 =
            CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    static final Cast CAST = new Cast(
            new Actor("hana", new BigDecimal("100.00")),
            new Actor("tom", new BigDecimal("100.00")),
            new Actor("maria", new BigDecimal("1000.00")));

    private DemoWorld() {}

    /** Residents that need no database; one in ten has a representative, the first few complain most. */
    static List<DemoResident> residents(int count) {
        List<DemoResident> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoResident.Acting representative = i % 10 == 0
                    ? new DemoResident.Acting(UUID.nameUUIDFromBytes(("rep" + i).getBytes()), "Claire Doe", "daughter")
                    : null;
            residents.add(new DemoResident(
                    UUID.nameUUIDFromBytes(("resident" + i).getBytes()),
                    "Resident " + i,
                    representative,
                    i < count / 12));
        }
        return residents;
    }
}
