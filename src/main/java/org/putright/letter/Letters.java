package org.putright.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingCalendars;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.LetterIssuer;
import org.putright.complaint.RecordedEvent;
import org.putright.resident.Residents;
import org.putright.settings.LandlordSettings;
import org.putright.settings.Settings;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.putright.system.pdf.TaggedPdf;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.SAXException;

/**
 * Issues the letters the Code requires, in the transaction of the step that requires them, and
 * keeps each one as issued. A letter that would lack a required item throws, so the step is not
 * recorded either (6.9, 6.19).
 */
@Service
public class Letters implements LetterIssuer {

    private final LetterStore store;
    private final LetterTemplates templates;
    private final Residents residents;
    private final Settings settings;
    private final WorkingCalendars calendars;
    private final StaffDirectory staff;
    private final Complaints complaints;
    private final Clock clock;
    private final double maximumReadingAge;
    private final LetterRenderer renderer = new LetterRenderer();
    private final org.springframework.context.ApplicationEventPublisher events;

    Letters(
            LetterStore store,
            LetterTemplates templates,
            Residents residents,
            Settings settings,
            WorkingCalendars calendars,
            StaffDirectory staff,
            Complaints complaints,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            @Value("${putright.letters.max-reading-age:11}") double maximumReadingAge) {
        this.events = events;
        this.store = store;
        this.templates = templates;
        this.residents = residents;
        this.settings = settings;
        this.calendars = calendars;
        this.staff = staff;
        this.complaints = complaints;
        this.clock = clock;
        this.maximumReadingAge = maximumReadingAge;
    }

    @Override
    public List<IssuedLetter> issue(Complaint complaint, List<RecordedEvent> newEvents) {
        List<IssuedLetter> issued = new ArrayList<>();
        for (RecordedEvent recorded : newEvents) {
            ComplaintEvent event = recorded.event();
            if (LetterWriter.dueFor(event, complaint.stage()).isEmpty()) {
                continue;
            }
            LandlordSettings landlord = settings.current();
            Recipient recipient = recipient(complaint, event.at());
            LetterContent content = writer(landlord)
                    .write(complaint, event, recipient, signatory(complaint, event, recorded.by()))
                    .orElseThrow();
            issued.add(
                    issue(content, recorded.sequence(), recorded.by(), landlord).issued());
        }
        return issued;
    }

    @Override
    public List<IssuedLetter> issuedFor(ComplaintReference reference) {
        return store.forComplaint(reference.value()).stream()
                .map(Letter::issued)
                .toList();
    }

    /**
     * Sends the resident an update at the agreed interval (5.9): the update is kept on the record
     * as correspondence, which starts the next interval, and goes out as an UPDATE letter.
     */
    @Transactional
    public Letter sendUpdate(ComplaintReference reference, @Nullable Instant sentAt, String progress, Actor actor) {
        Instant at = sentAt == null ? clock.instant() : sentAt;
        if (progress.isBlank()) {
            throw new InvalidInput("progress", "must say where the complaint has got to");
        }
        Complaint current = complaints.get(reference);
        if (!current.status().isOpen()) {
            throw new RuleBroken(
                    RecordRule.NOT_ALLOWED_IN_STATUS,
                    "A complaint that is " + current.status() + " is not awaiting a response; no update is due.");
        }
        Recipient recipient = recipient(current, at);
        Complaint updated = complaints.act(
                reference,
                null,
                complaint -> complaint.recordCorrespondence(
                        at,
                        CorrespondenceRecorded.Direction.OUT,
                        recipient.isRepresentative()
                                ? CorrespondenceRecorded.Party.REPRESENTATIVE
                                : CorrespondenceRecorded.Party.RESIDENT,
                        recipient.channel().name(),
                        "Update letter",
                        progress.strip(),
                        actor,
                        complaints.now()));
        LandlordSettings landlord = settings.current();
        String signedBy = Optional.ofNullable(updated.handler(updated.stage())).orElse(actor.username());
        LetterContent content = writer(landlord).update(updated, at, progress, recipient, signedBy);
        return issue(content, updated.version(), actor.username(), landlord);
    }

    /**
     * Replaces the content and recipient of every letter on a complaint with a note of what was
     * removed and why (retention or lawful erasure). The letter's type, dates and the SHA-256 of the
     * letter as issued stay on the record.
     *
     * @return how many letters it redacted
     */
    @Transactional
    public int redact(ComplaintReference reference, String basis) {
        Instant now = clock.instant();
        List<Letter> letters = store.forComplaint(reference.value());
        for (Letter letter : letters) {
            String html = RedactedLetter.xhtml(letter, basis, now);
            store.redact(letter.id(), html, TaggedPdf.render(html, now));
        }
        return letters.size();
    }

    public Letter get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("Letter", id.toString()));
    }

    public String html(UUID id) {
        return store.html(id).orElseThrow(() -> new NotFound("Letter", id.toString()));
    }

    public byte[] pdf(UUID id) {
        return store.pdf(id).orElseThrow(() -> new NotFound("Letter", id.toString()));
    }

    /** The attempts to deliver a letter, oldest first. */
    public List<Delivery> deliveries(UUID id) {
        return store.deliveries(id);
    }

    /** The reading age above which a letter is flagged as not plain enough. */
    public double maximumReadingAge() {
        return maximumReadingAge;
    }

    private Letter issue(LetterContent content, Integer sequence, String by, LandlordSettings landlord) {
        LetterTemplate template = templates.current(content.type());
        LetterRenderer.Body body = renderer.render(template.text(), content);
        LetterCompleteness.check(content, body.items());
        String html = LetterDocument.html(
                content,
                body.xhtml(),
                landlord,
                landlord.letters().hasLogo() ? settings.logo().orElse(null) : null);
        ReadingAge age = readingAge(body.xhtml());
        byte[] pdf = TaggedPdf.render(html, content.issuedAt());
        Letter letter = new Letter(
                UUID.randomUUID(),
                content.reference(),
                content.type(),
                content.stage(),
                sequence,
                content.issuedAt(),
                clock.instant(),
                by,
                content.recipient(),
                BigDecimal.valueOf(age.years()).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(age.readingEase()).setScale(1, RoundingMode.HALF_UP),
                sha256(pdf));
        store.insert(letter, html, pdf);
        events.publishEvent(new LetterIssued(letter));
        return letter;
    }

    private Recipient recipient(Complaint complaint, Instant at) {
        var receipt = complaint.receipt();
        return Recipient.of(residents.get(receipt.residentId()), receipt.representativeId(), WorkingCalendar.dayOf(at));
    }

    /** The handler of the stage signs its letters; otherwise whoever recorded the step. */
    private static String signatory(Complaint complaint, ComplaintEvent event, String recordedBy) {
        if (event instanceof ComplaintAcknowledged acknowledged) {
            return acknowledged.handler();
        }
        return Optional.ofNullable(complaint.handler(complaint.stage())).orElse(recordedBy);
    }

    private LetterWriter writer(LandlordSettings landlord) {
        return new LetterWriter(
                landlord,
                calendars.current(),
                settings.edition().timescales(),
                username -> Username.isValid(username)
                        ? staff.find(new Username(username)).map(StaffMember::name)
                        : Optional.empty());
    }

    static ReadingAge readingAge(String bodyXhtml) {
        try {
            return ReadingAge.of(Xhtml.prose(Xhtml.parse(bodyXhtml).getDocumentElement()));
        } catch (SAXException e) {
            throw new IllegalStateException("A rendered letter body is always well-formed", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
