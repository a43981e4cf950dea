package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.resident.NewAdjustment;
import org.putright.resident.NewDisability;
import org.putright.resident.NewRestriction;
import org.putright.resident.NewVulnerability;
import org.putright.resident.ReasonableAdjustment;
import org.putright.resident.Representative;
import org.putright.resident.RepresentativeDetails;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.Residents;
import org.putright.resident.ReviewDetails;
import org.putright.resident.ReviewOutcome;
import org.putright.resident.ReviewSubject;
import org.putright.resident.VulnerabilityKind;
import org.springframework.stereotype.Component;

/**
 * The demo landlord's residents, recorded through the resident module as staff would record them:
 * contact details and tenancy references for their homes in Riverside; for some, the reasonable
 * adjustments agreed with them (large print, phone only, easy read, translation) with review
 * dates, some already due (5.10); disclosed disabilities; vulnerability flags; representatives
 * with the authority they hold (3.6); and one or two contact restrictions, evidenced and under
 * review (5.14).
 */
@Component
class DemoResidents {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Residents residents;

    DemoResidents(Residents residents) {
        this.residents = residents;
    }

    /** Records {@code count} residents in different homes and returns them, the frequent complainers first. */
    List<DemoResident> create(Random random, int count, LocalDate today, Cast cast) {
        List<Integer> homes =
                IntStream.rangeClosed(1, Riverside.HOMES).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(homes, random);
        int frequent = Math.max(1, count / 12);
        int restricted = Math.max(1, Math.round(count / 200f));
        List<DemoResident> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String by = Riverside.pick(random, cast.handlers()).username();
            Riverside.Name name = Riverside.name(random);
            Need need = random.nextInt(100) < 11 ? Riverside.pick(random, List.of(Need.values())) : null;
            ResidentDetails details = withNeed(Riverside.resident(random, homes.get(i), name), need, homes.get(i));
            Resident resident = residents.create(details, by);
            if (need != null) {
                agree(resident, need, random, today, by);
            }
            if (random.nextInt(100) < 6) {
                disclose(resident, random, today, by);
            }
            if (random.nextInt(100) < 5) {
                flag(resident, random, today, by);
            }
            if (i < restricted) {
                restrict(resident, name, random, today);
            }
            DemoResident.Acting acting = random.nextInt(100) < 7 ? represent(resident, name, random, today, by) : null;
            created.add(new DemoResident(resident.id(), name.full(), acting, i < frequent));
        }
        return created;
    }

    /** A reasonable adjustment, and the preference in the resident's details that goes with it. */
    enum Need {
        LARGE_PRINT("Letters and documents in large print (16 point) because of sight loss"),
        PHONE_ONLY("Contact by phone only: the resident cannot read letters or emails without help"),
        EASY_READ("Easy read letters, with decisions also explained by phone"),
        TRANSLATION("Letters translated, and an interpreter for calls and visits"),
        CALL_TIMES("Calls after 11am only, because of medication");

        private final String adjustment;

        Need(String adjustment) {
            this.adjustment = adjustment;
        }
    }

    private static ResidentDetails withNeed(ResidentDetails details, @Nullable Need need, int home) {
        if (need == null) {
            return details;
        }
        String phone = details.phone() == null ? Riverside.landline(home) : details.phone();
        ContactChannel channel = need == Need.PHONE_ONLY ? ContactChannel.PHONE : details.preferredChannel();
        CommunicationFormat format =
                switch (need) {
                    case LARGE_PRINT -> CommunicationFormat.LARGE_PRINT;
                    case EASY_READ -> CommunicationFormat.EASY_READ;
                    case TRANSLATION -> CommunicationFormat.TRANSLATION;
                    case PHONE_ONLY, CALL_TIMES -> null;
                };
        String language = need == Need.TRANSLATION
                ? List.of("Polish", "Bengali", "Urdu", "Somali", "Arabic").get(home % 5)
                : null;
        return new ResidentDetails(
                details.name(),
                details.email(),
                phone,
                details.address(),
                details.postcode(),
                details.tenancyReference(),
                channel,
                format,
                language);
    }

    private void agree(Resident resident, Need need, Random random, LocalDate today, String by) {
        LocalDate agreed = today.minusDays(30 + random.nextInt(670));
        LocalDate review = agreed.plusMonths(random.nextBoolean() ? 6 : 12);
        ReasonableAdjustment adjustment = residents.agreeAdjustment(
                resident.id(), new NewAdjustment(need.adjustment, at(agreed, 10), review), by);
        if (review.isBefore(today) && random.nextInt(100) < 55) {
            residents.review(
                    resident.id(),
                    ReviewSubject.ADJUSTMENT,
                    adjustment.id(),
                    new ReviewDetails(
                            at(review, 11),
                            ReviewOutcome.CONTINUES,
                            "Reviewed with the resident by phone: still needed and working well.",
                            review.plusMonths(12)),
                    by);
        }
    }

    private void disclose(Resident resident, Random random, LocalDate today, String by) {
        LocalDate disclosed = today.minusDays(30 + random.nextInt(600));
        String description = Riverside.pick(
                random,
                List.of(
                        "Sight loss (macular degeneration)",
                        "Hearing loss: uses a hearing aid and prefers text messages",
                        "COPD: damp and cold make breathing worse",
                        "Uses a wheelchair indoors and out",
                        "Anxiety and depression",
                        "Type 1 diabetes"));
        residents.recordDisability(
                resident.id(), new NewDisability(description, at(disclosed, 14), disclosed.plusMonths(12)), by);
    }

    private void flag(Resident resident, Random random, LocalDate today, String by) {
        LocalDate identified = today.minusDays(30 + random.nextInt(600));
        VulnerabilityKind kind = Riverside.pick(random, List.of(VulnerabilityKind.values()));
        String note =
                switch (kind) {
                    case HEALTH -> "Recovering from major surgery; cannot manage stairs for now.";
                    case MENTAL_HEALTH -> "Under the community mental health team; prefers a named contact.";
                    case AGE -> "Over 85 and lives alone.";
                    case LANGUAGE -> "Limited English; son usually interprets.";
                    case FINANCIAL -> "Struggling with debt; referred to money advice.";
                    case DOMESTIC_ABUSE ->
                        "Survivor of domestic abuse: never share the address; call only the" + " mobile on file.";
                    case OTHER -> "Care leaver in a first tenancy; support worker involved.";
                };
        LocalDate review = random.nextBoolean() ? identified.plusMonths(6) : null;
        residents.flagVulnerability(resident.id(), new NewVulnerability(kind, note, at(identified, 12), review), by);
    }

    private void restrict(Resident resident, Riverside.Name name, Random random, LocalDate today) {
        LocalDate starts = today.minusDays(40 + random.nextInt(150));
        residents.restrictContact(
                resident.id(),
                new NewRestriction(
                        "Repeated abusive and threatening calls to the repairs team: 14 calls in three weeks, three"
                                + " of them with threats to staff.",
                        "Call recordings and incident reports IR-" + (2000 + random.nextInt(900)) + " to IR-"
                                + (2900 + random.nextInt(99)) + "; warning letter sent "
                                + starts.minusDays(21).format(DAY) + ".",
                        "Contact with the repairs team by email only; complaints can still be made in any way, and"
                                + " the complaints team will call " + name.title() + " fortnightly.",
                        "No disability disclosed. Email is accessible to " + name.title() + ", who uses it already;"
                                + " the complaints team's fortnightly call keeps a spoken route open.",
                        starts,
                        starts.plusMonths(3)),
                "maria");
    }

    private DemoResident.Acting represent(
            Resident resident, Riverside.Name name, Random random, LocalDate today, String by) {
        LocalDate evidenced = today.minusDays(Caseload.DAYS + 5 + random.nextInt(30));
        String date = evidenced.format(DAY);
        int kind = random.nextInt(100);
        RepresentativeDetails details;
        if (kind < 45) {
            boolean daughter = random.nextBoolean();
            Riverside.Name child = new Riverside.Name(Riverside.firstName(random, daughter), name.surname(), daughter);
            details = new RepresentativeDetails(
                    child.full(),
                    daughter ? "daughter" : "son",
                    "Signed consent form received " + date + ": " + name.title() + " asked that "
                            + (daughter ? "her daughter" : "his son") + " deal with complaints on their behalf.",
                    Riverside.email(random, child),
                    null,
                    null,
                    at(evidenced, 10),
                    null);
        } else if (kind < 65) {
            details = new RepresentativeDetails(
                    "Priya Shah MP",
                    "MP",
                    "Letter of " + date + " from Priya Shah MP's office enclosing " + name.title()
                            + "'s signed consent for the MP to act on the complaint.",
                    "priya.shah.mp@example.org",
                    Riverside.landline(7000),
                    null,
                    at(evidenced, 10),
                    null);
        } else if (kind < 88) {
            Riverside.Name advocate = Riverside.name(random);
            details = new RepresentativeDetails(
                    advocate.full() + ", Riverside Advocacy",
                    "advocate",
                    "Consent form signed by " + name.title() + " and witnessed by the advocate, received " + date + ".",
                    "advocacy@example.org",
                    Riverside.landline(7100 + random.nextInt(50)),
                    null,
                    at(evidenced, 10),
                    null);
        } else {
            Riverside.Name councillor = Riverside.name(random);
            details = new RepresentativeDetails(
                    "Cllr " + councillor.full(),
                    "ward councillor",
                    "Email of " + date + " from " + name.title() + " asking Cllr " + councillor.surname()
                            + " to act for them, held on file.",
                    Riverside.email(random, councillor),
                    null,
                    null,
                    at(evidenced, 10),
                    null);
        }
        Representative representative = residents.appointRepresentative(resident.id(), details, by);
        return new DemoResident.Acting(representative.id(), representative.name(), representative.relationship());
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(WorkingCalendar.LONDON).toInstant();
    }
}
