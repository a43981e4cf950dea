package org.putright.selfassessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeEditions;
import org.putright.code.Edition;
import org.putright.code.EditionId;
import org.putright.code.ProvisionNumber;
import org.putright.publication.Publications;
import org.putright.publication.PublishedDocument;
import org.putright.publication.ReportKind;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, completes, approves, publishes and compares self-assessments, and gives each provision
 * the figures the record holds for it (see {@link Measure}).
 */
@Service
public class Assessments {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AssessmentStore store;
    private final CodeEditions editions;
    private final List<SystemEvidenceSource> sources;
    private final Publications publications;
    private final AssessmentForm form;
    private final Clock clock;

    Assessments(
            AssessmentStore store,
            CodeEditions editions,
            List<SystemEvidenceSource> sources,
            Publications publications,
            AssessmentForm form,
            Clock clock) {
        this.store = store;
        this.editions = editions;
        this.sources = List.copyOf(sources);
        this.publications = publications;
        this.form = form;
        this.clock = clock;
    }

    /**
     * Starts an assessment of every provision of the edition for the period. With
     * {@code carryForward}, the answers of the last assessment of the same edition are copied in,
     * to be reviewed rather than retyped.
     */
    @Transactional
    public Assessment start(EditionId editionId, AssessmentPeriod period, boolean carryForward, String by) {
        Edition edition = editions.find(editionId)
                .orElseThrow(() -> new InvalidInput("edition", "Putright does not know the edition " + editionId));
        Assessment earlier = carryForward ? latest(editionId).orElse(null) : null;
        Assessment started = Assessment.start(UUID.randomUUID(), edition, period, earlier, clock.instant(), by);
        store.insert(started);
        store.meetTriggers(started.id());
        return get(started.id());
    }

    public Assessment get(UUID id) {
        return store.find(id, editions::get).orElseThrow(() -> new NotFound("Self-assessment", id.toString()));
    }

    /** Every assessment, the most recently started first. */
    public List<Assessment> all() {
        return store.ids().stream().map(this::get).toList();
    }

    @Transactional
    public ProvisionAssessment answer(
            UUID id, ProvisionNumber number, ProvisionAnswer answer, @Nullable Long expectedVersion, String by) {
        Assessment assessment = get(id);
        ProvisionAssessment current = assessment.provision(number);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion(expectedVersion, current.version());
        }
        ProvisionAssessment answered = assessment.answer(number, answer, today(), clock.instant(), by);
        if (!store.saveProvision(id, answered, current.version())) {
            throw new StaleVersion(current.version(), get(id).provision(number).version());
        }
        return get(id).provision(number);
    }

    /**
     * Records the governing body's approval and response (8.2) and locks the assessment. The
     * figures the record gave on the day are kept with it, so the approved version shows what the
     * governing body saw.
     */
    @Transactional
    public Assessment approve(
            UUID id,
            LocalDate approvedOn,
            String body,
            String minuteReference,
            String response,
            @Nullable Long expectedVersion,
            String by) {
        Assessment current = current(id, expectedVersion);
        if (approvedOn.isAfter(today())) {
            throw new InvalidInput("approvedOn", "is in the future; record the approval once it is given");
        }
        Assessment approved = current.approve(
                new Approval(approvedOn, body.strip(), minuteReference.strip(), response.strip(), clock.instant(), by));
        Map<ProvisionNumber, List<SystemEvidence>> evidence = computeEvidence(current);
        save(current, approved);
        store.keepEvidence(id, evidence);
        return get(id);
    }

    /** Publishes the approved assessment, with the governing body's response, on the reports page. */
    @Transactional
    public PublishedDocument publish(UUID id, @Nullable Long expectedVersion, String by) {
        Assessment current = current(id, expectedVersion);
        Instant now = clock.instant();
        // Checked before rendering, so a draft is refused without the cost of a PDF.
        current.published(UUID.randomUUID());
        Edition edition = editions.get(current.edition());
        AssessmentForm.Filled filled =
                new AssessmentForm.Filled(current, edition, systemEvidence(current), summary(current));
        PublishedDocument document = publications.publish(
                ReportKind.SELF_ASSESSMENT,
                id,
                AssessmentForm.title(current),
                current.period().start(),
                current.period().end(),
                form.rendition(filled, now),
                by);
        save(current, current.published(document.id()));
        return document;
    }

    /** The assessment in the Ombudsman's form layout, or the yes/no list, in the format asked for. */
    public Export export(UUID id, ExportFormat format) {
        Assessment assessment = get(id);
        AssessmentForm.Filled filled = new AssessmentForm.Filled(
                assessment, editions.get(assessment.edition()), systemEvidence(assessment), summary(assessment));
        return form.export(filled, format, clock.instant());
    }

    public Optional<PublishedDocument> publication(UUID id) {
        return publications.publishedFrom(ReportKind.SELF_ASSESSMENT, id);
    }

    public ComplianceSummary summary(Assessment assessment) {
        return ComplianceSummary.of(assessment, editions.get(assessment.edition()));
    }

    public Edition edition(Assessment assessment) {
        return editions.get(assessment.edition());
    }

    /**
     * The record's figures for each provision: as kept at approval once approved, otherwise
     * computed now for the period. Figures are numbered as the 2024 Code; an assessment against
     * another edition has none, rather than figures under provisions that mean something else.
     */
    public Map<ProvisionNumber, List<SystemEvidence>> systemEvidence(Assessment assessment) {
        if (assessment.locked()) {
            return store.keptEvidence(assessment.id());
        }
        return computeEvidence(assessment);
    }

    /** Both assessments provision by provision, in the Code's order. */
    public List<ProvisionChange> compare(UUID beforeId, UUID afterId) {
        Assessment before = get(beforeId);
        Assessment after = get(afterId);
        Map<ProvisionNumber, ProvisionAnswer> earlier = answers(before);
        Map<ProvisionNumber, ProvisionAnswer> later = answers(after);
        Set<ProvisionNumber> numbers = new java.util.TreeSet<>(earlier.keySet());
        numbers.addAll(later.keySet());
        return numbers.stream()
                .map(number -> ProvisionChange.of(number, earlier.get(number), later.get(number)))
                .toList();
    }

    @Transactional
    public ReassessmentTrigger recordTrigger(ReassessmentReason reason, LocalDate occurredOn, String note, String by) {
        if (occurredOn.isAfter(today())) {
            throw new InvalidInput("occurredOn", "is in the future; record it once it has happened");
        }
        ReassessmentTrigger trigger =
                new ReassessmentTrigger(UUID.randomUUID(), reason, occurredOn, note.strip(), clock.instant(), by, null);
        store.insert(trigger);
        return trigger;
    }

    /**
     * A new assessment is due while a restructure (8.3) or an Ombudsman's request (8.4) is recorded
     * that no assessment started since has answered.
     */
    public ReassessmentDue due() {
        return new ReassessmentDue(
                store.triggers().stream().anyMatch(trigger -> trigger.metBy() == null),
                store.triggers().stream()
                        .filter(trigger -> trigger.metBy() == null)
                        .toList());
    }

    public List<ReassessmentTrigger> triggers() {
        return store.triggers();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private Map<ProvisionNumber, List<SystemEvidence>> computeEvidence(Assessment assessment) {
        Map<ProvisionNumber, List<SystemEvidence>> byProvision = new TreeMap<>();
        if (!assessment.edition().equals(EditionId.HOS_2024)) {
            return byProvision;
        }
        LocalDate today = today();
        for (SystemEvidenceSource source : sources) {
            for (SystemEvidence figure : source.figures(assessment.period(), today)) {
                for (ProvisionNumber number : figure.measure().provisions()) {
                    byProvision
                            .computeIfAbsent(number, key -> new ArrayList<>())
                            .add(figure);
                }
            }
        }
        byProvision.values().forEach(list -> list.sort(java.util.Comparator.comparing(SystemEvidence::measure)));
        return byProvision;
    }

    private Optional<Assessment> latest(EditionId edition) {
        return store.ids().stream()
                .map(this::get)
                .filter(a -> a.edition().equals(edition))
                .findFirst();
    }

    private Assessment current(UUID id, @Nullable Long expectedVersion) {
        Assessment current = get(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion(expectedVersion, current.version());
        }
        return current;
    }

    private void save(Assessment current, Assessment changed) {
        if (!store.saveStatus(changed, current.version())) {
            throw new StaleVersion(current.version(), get(current.id()).version());
        }
    }

    private static Map<ProvisionNumber, ProvisionAnswer> answers(Assessment assessment) {
        Map<ProvisionNumber, ProvisionAnswer> answers = new LinkedHashMap<>();
        assessment.provisions().forEach(row -> answers.put(row.number(), row.answer()));
        return answers;
    }
}
