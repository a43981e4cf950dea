package org.putright.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingCalendarChanged;
import org.putright.calendar.WorkingCalendars;
import org.putright.code.Timescales;
import org.putright.settings.CodeEditionChanged;
import org.putright.settings.Settings;
import org.putright.system.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Carries out steps on complaints: loads the complaint, lets it check its rules and record the
 * step, and saves the record with the deadline now due. Time comes from the injected clock; the
 * landlord's calendar and Code edition from their modules.
 */
@Service
public class Complaints {

    private static final Logger log = LoggerFactory.getLogger(Complaints.class);

    /** How many complaints are refreshed together when every complaint's facts are rewritten. */
    private static final int BATCH = 500;

    private final ComplaintRepository repository;
    private final StageFactsStore stageFacts;
    private final WorkingCalendars calendars;
    private final Settings settings;
    private final Clock clock;
    // Looked up once: resolving the provider each time cost a few per cent of every request.
    private final SingletonSupplier<LetterIssuer> letters;

    Complaints(
            ComplaintRepository repository,
            StageFactsStore stageFacts,
            WorkingCalendars calendars,
            Settings settings,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<LetterIssuer> letters) {
        this.repository = repository;
        this.stageFacts = stageFacts;
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
        this.letters = SingletonSupplier.ofNullable(letters::getIfAvailable);
    }

    /** The letters issued on a complaint, when a letter module is present. */
    public List<LetterIssuer.IssuedLetter> letters(ComplaintReference reference) {
        LetterIssuer issuer = letters.get();
        return issuer == null ? List.of() : issuer.issuedFor(reference);
    }

    /** Logs a new complaint and returns it. */
    @Transactional
    public Complaint receive(NewComplaint details, Actor actor) {
        return log(details, actor).complaint();
    }

    /**
     * Logs a new complaint and returns it with the letters its receipt issued: being new, it has no
     * others, so whoever answers with its letters need not read them back.
     */
    @Transactional
    public Logged log(NewComplaint details, Actor actor) {
        Instant now = clock.instant();
        // Checked before a reference is taken, so that a refused complaint uses up no number.
        Complaint.checkReceipt(details, now);
        int year = WorkingCalendar.dayOf(details.receivedAt()).getYear();
        Complaint complaint = Complaint.receive(repository.nextReference(year), details, actor, now);
        return new Logged(complaint, save(complaint));
    }

    /** A complaint just logged, with every letter it has. */
    public record Logged(Complaint complaint, List<LetterIssuer.IssuedLetter> letters) {}

    public Complaint get(ComplaintReference reference) {
        return repository.find(reference).orElseThrow(() -> new NotFound("Complaint", reference.value()));
    }

    /**
     * Loads the complaint, checks the caller's version when it sent one, lets {@code step} act on it
     * and saves what it recorded.
     */
    @Transactional
    public Complaint act(
            ComplaintReference reference,
            @org.jspecify.annotations.Nullable Long expectedVersion,
            Consumer<Complaint> step) {
        Complaint complaint = get(reference);
        if (expectedVersion != null && expectedVersion != complaint.version()) {
            throw new org.putright.system.problem.StaleVersion(expectedVersion, complaint.version());
        }
        step.accept(complaint);
        save(complaint);
        return complaint;
    }

    /**
     * A new issue raised on a complaint (6.8): it joins the stage 1 definition when related and not
     * yet answered; otherwise it is logged as a new complaint linked to this one.
     *
     * @return the complaint the issue now belongs to, and whether that is a new one
     */
    @Transactional
    public IssueOutcome addIssue(
            ComplaintReference reference,
            @org.jspecify.annotations.Nullable Long expectedVersion,
            Instant raisedAt,
            String summary,
            String outcomeSought,
            boolean related,
            Actor actor) {
        Instant now = clock.instant();
        boolean[] joined = new boolean[1];
        Complaint original = act(
                reference,
                expectedVersion,
                complaint -> joined[0] = complaint.addIssue(raisedAt, summary, outcomeSought, related, actor, now));
        if (joined[0]) {
            return new IssueOutcome(original, false);
        }
        ComplaintEvent.ComplaintReceived receipt = original.receipt();
        String description = outcomeSought.isBlank() ? summary : summary + " Outcome sought: " + outcomeSought;
        Complaint separate = receive(
                new NewComplaint(
                        raisedAt,
                        receipt.channel(),
                        receipt.residentId(),
                        receipt.representativeId(),
                        description,
                        null,
                        receipt.category(),
                        null,
                        original.reference()),
                actor);
        act(
                reference,
                null,
                complaint -> complaint.issueRaisedSeparately(raisedAt, summary, separate.reference(), actor, now));
        return new IssueOutcome(separate, true);
    }

    /** Where a new issue went: the complaint it joined, or the new complaint logged for it. */
    public record IssueOutcome(Complaint complaint, boolean newComplaint) {}

    public ComplaintPage list(ComplaintQuery query) {
        return repository.list(query);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return WorkingCalendar.dayOf(clock.instant());
    }

    public WorkingCalendar calendar() {
        return calendars.current();
    }

    public Timescales timescales() {
        return settings.edition().timescales();
    }

    public Deadlines deadlines(Complaint complaint) {
        return complaint.deadlines(calendar(), timescales());
    }

    /**
     * A new bank holiday or closure day may move the deadline of every open complaint, and the facts
     * reports count of every stage with a deadline from the changed day on.
     */
    @EventListener
    @Transactional
    public void on(WorkingCalendarChanged change) {
        recomputeOpenDeadlines(change.reason());
        List<ComplaintReference> affected = stageFacts.withDeadlinesFrom(change.from());
        affected.forEach(this::refreshStageFacts);
        log.info("Recomputed the stage facts of {} complaints: {}", affected.size(), change.reason());
    }

    /**
     * The Code's timescales apply to every complaint, open ones included, and to the figures of
     * closed ones too.
     */
    @EventListener
    @Transactional
    public void on(CodeEditionChanged change) {
        recomputeOpenDeadlines("Code edition changed from " + change.previous() + " to " + change.current());
        ComplaintReference last = null;
        for (List<ComplaintReference> batch = stageFacts.references(null, BATCH);
                !batch.isEmpty();
                batch = stageFacts.references(last, BATCH)) {
            batch.forEach(this::refreshStageFacts);
            last = batch.getLast();
        }
    }

    /**
     * Writes the stage facts of complaints that have none, e.g. recorded before stage facts were
     * kept; returns how many were written.
     */
    @Transactional
    public int backfillStageFacts(int limit) {
        List<ComplaintReference> missing = stageFacts.withoutFacts(limit);
        missing.forEach(this::refreshStageFacts);
        return missing.size();
    }

    private void refreshStageFacts(ComplaintReference reference) {
        repository.find(reference).ifPresent(this::writeStageFacts);
    }

    private void writeStageFacts(Complaint complaint) {
        stageFacts.replace(complaint.reference(), stageFactsOf(complaint));
    }

    private List<StageFacts> stageFactsOf(Complaint complaint) {
        return StageFactsOf.of(complaint, calendar(), timescales(), lettersCheckedByFacts(complaint));
    }

    /**
     * The facts check a response's or a refusal's letter (6.9, 6.19) and each extension's (6.5,
     * 6.16); a complaint with none of these has no letter they look at, so its letters are not read
     * (most writes are of such complaints).
     */
    private List<LetterIssuer.IssuedLetter> lettersCheckedByFacts(Complaint complaint) {
        return complaint.responses().isEmpty()
                        && complaint.refusal() == null
                        && complaint.extensions().isEmpty()
                ? List.of()
                : letters(complaint.reference());
    }

    private void recomputeOpenDeadlines(String why) {
        List<ComplaintReference> open = repository.openReferences();
        for (ComplaintReference reference : open) {
            repository.find(reference).ifPresent(complaint -> repository.updateSummary(summary(complaint)));
        }
        log.info("Recomputed the deadlines of {} open complaints: {}", open.size(), why);
    }

    /** Saves what the complaint recorded; returns the letters that issued. */
    private List<LetterIssuer.IssuedLetter> save(Complaint complaint) {
        List<RecordedEvent> recorded = complaint.unsavedEvents();
        repository.save(complaint, summary(complaint));
        if (recorded.isEmpty()) {
            return List.of();
        }
        // Letters are written in the same transaction: a step whose letter would be incomplete
        // is not recorded at all (6.9, 6.19).
        LetterIssuer issuer = letters.get();
        List<LetterIssuer.IssuedLetter> issued = issuer == null ? List.of() : issuer.issue(complaint, recorded);
        // Kept in the same transaction, so that reports never count a step the record lacks.
        if (recorded.getFirst().sequence() == 1) {
            stageFacts.add(complaint.reference(), stageFactsOf(complaint)); // just received: none to replace
        } else {
            writeStageFacts(complaint);
        }
        return issued;
    }

    ComplaintSummary summary(Complaint complaint) {
        return summary(complaint, calendar(), timescales());
    }

    /** The summary with a calendar and edition already in hand, as a bulk import has them. */
    ComplaintSummary summary(Complaint complaint, WorkingCalendar calendar, Timescales timescales) {
        Deadlines deadlines = complaint.deadlines(calendar, timescales);
        ComplaintEvent.ComplaintReceived receipt = complaint.receipt();
        return new ComplaintSummary(
                complaint.reference(),
                complaint.version(),
                complaint.status(),
                complaint.stage(),
                receipt.at(),
                receipt.channel(),
                receipt.residentId(),
                receipt.category(),
                complaint.handler(complaint.stage()),
                deadlines.next(),
                deadlines.acknowledgeBy(),
                deadlines.respondBy(),
                complaint.nextUpdateBy(calendar));
    }
}
