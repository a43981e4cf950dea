package org.putright.resident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records residents and what the landlord must know about them, and finds them again. Other
 * modules use it to look residents up and, at complaint intake, to find or record the resident and
 * their representative in one step.
 */
@Service
public class Residents {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_SEARCH_TEXT = 200;

    private final ResidentRepository repository;
    private final Clock clock;

    Residents(ResidentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** @throws NotFound when there is no such resident */
    /**
     * Anonymises the resident: name, contact details and every free-text record about them are
     * replaced, while their identifier stays so that reports still count their complaints.
     */
    @Transactional
    public void anonymise(UUID id, String by) {
        if (!repository.exists(id)) {
            throw new NotFound("Resident", id.toString());
        }
        repository.anonymise(id, clock.instant(), by);
    }

    public Resident get(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFound("Resident", id.toString()));
    }

    public Optional<Resident> find(UUID id) {
        return repository.find(id);
    }

    public boolean exists(UUID id) {
        return repository.exists(id);
    }

    /** Today in Europe/London, the day review dates and expiries are compared with. */
    public LocalDate today() {
        return RecordedTime.dayOf(clock.instant());
    }

    @Transactional
    public Resident create(ResidentDetails details, String by) {
        Resident resident = Resident.recorded(UUID.randomUUID(), details, clock.instant(), by);
        repository.insert(resident);
        // As written: reading it back (seven statements) would give the same resident.
        return resident;
    }

    @Transactional
    public Resident change(UUID id, ResidentDetails details, @Nullable Long expectedVersion, String by) {
        Resident current = get(id);
        ResidentDetails checked = details.resolved();
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (version != current.version() || !repository.update(id, checked, version, clock.instant(), by)) {
            throw new StaleVersion(version, get(id).version());
        }
        return get(id);
    }

    /**
     * The resident these details describe, recorded now if they are not known yet. A resident is
     * known by their tenancy reference, else by their email address; where several residents share
     * one (joint tenants, a shared email), the one with the same name is taken, and if none has it a
     * new resident is recorded. A known resident's details are left as they are.
     */
    @Transactional
    public Resident findOrCreate(ResidentDetails details, String by) {
        ResidentDetails checked = details.resolved();
        if (checked.tenancyReference() == null && checked.email() == null) {
            return create(checked, by);
        }
        // The tenancy reference decides first; the email address only when it finds no one.
        ResidentRepository.Matches matches = repository.matching(checked.tenancyReference(), checked.email());
        return pick(matches.byTenancyReference(), checked.name())
                .or(() -> pick(matches.byEmail(), checked.name()))
                .map(summary -> get(summary.id()))
                .orElseGet(() -> create(checked, by));
    }

    /**
     * The residents of complaints taken in from a landlord's previous system, each given with a
     * tenancy reference: one already recorded with the same tenancy reference and name is taken as
     * it is, the others are recorded now, together. Returns each one's id by its {@link
     * ResidentRepository.HistoricKey}.
     *
     * @throws InvalidInput when any of the details is not valid or has no tenancy reference
     */
    @Transactional
    public Map<ResidentRepository.HistoricKey, UUID> recordHistoric(Collection<ResidentDetails> residents, String by) {
        HistoricResidents plan = planHistoric(residents, Map.of(), by);
        record(plan);
        return plan.ids();
    }

    /**
     * Works out, without writing anything, which of these residents of historic complaints are
     * already recorded and which are new, as {@link #recordHistoric} does. {@code notYetRecorded}
     * holds residents planned for an earlier batch whose writing may not have been committed yet:
     * they are taken as they are, never planned twice.
     *
     * @throws InvalidInput when any of the details is not valid or has no tenancy reference
     */
    public HistoricResidents planHistoric(
            Collection<ResidentDetails> residents,
            Map<ResidentRepository.HistoricKey, UUID> notYetRecorded,
            String by) {
        Map<ResidentRepository.HistoricKey, ResidentDetails> wanted = new LinkedHashMap<>();
        for (ResidentDetails details : residents) {
            ResidentDetails checked = details.resolved();
            String tenancy = checked.tenancyReference();
            if (tenancy == null) {
                throw new InvalidInput("tenancyReference", "a resident from a previous system needs one");
            }
            wanted.putIfAbsent(ResidentRepository.HistoricKey.of(tenancy, checked.name()), checked);
        }
        // The earlier batch's residents first: once it commits, the query finds the same ids.
        Map<ResidentRepository.HistoricKey, UUID> ids = new HashMap<>();
        wanted.keySet().forEach(key -> {
            UUID planned = notYetRecorded.get(key);
            if (planned != null) {
                ids.put(key, planned);
            }
        });
        Map<ResidentRepository.HistoricKey, UUID> recorded = repository.withTenancyReferences(wanted.keySet().stream()
                .filter(key -> !ids.containsKey(key))
                .map(ResidentRepository.HistoricKey::tenancyReference)
                .collect(Collectors.toSet()));
        recorded.forEach(ids::putIfAbsent);
        Instant now = clock.instant();
        Map<ResidentRepository.HistoricKey, Resident> created = new HashMap<>();
        wanted.forEach((key, details) -> {
            if (!ids.containsKey(key)) {
                Resident resident = Resident.recorded(UUID.randomUUID(), details, now, by);
                created.put(key, resident);
                ids.put(key, resident.id());
            }
        });
        return new HistoricResidents(ids, created);
    }

    /** Records the new residents of a {@link #planHistoric plan}, in the caller's transaction. */
    @Transactional
    public void record(HistoricResidents plan) {
        repository.insertAll(plan.toRecord());
    }

    /**
     * Residents with this email address, whatever its case: none, one, or several where joint
     * tenants share an address. Used to recognise who wrote to the complaints mailbox.
     */
    public List<ResidentSummary> withEmail(String email) {
        return repository.withEmail(email.strip());
    }

    /**
     * The representative these details describe, acting for the resident today, recorded now if
     * the resident has none with the same name, relationship and authority (3.6).
     */
    @Transactional
    public Representative representativeFor(UUID residentId, RepresentativeDetails details, String by) {
        Resident resident = get(residentId);
        return resident.representativeMatching(details, today())
                .orElseGet(() -> appointRepresentative(residentId, details, by));
    }

    public ResidentPage search(@Nullable String text, int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        String query = Fields.tidyOrEmpty(text);
        if (query.length() > MAX_SEARCH_TEXT) {
            throw new InvalidInput("q", "size must be between 0 and " + MAX_SEARCH_TEXT);
        }
        if (query.indexOf('\0') >= 0) {
            throw new InvalidInput("q", "must not contain NUL characters");
        }
        return repository.search(query, page, size);
    }

    /**
     * The residents a search text finds (by name, postcode, tenancy reference or email), at most
     * {@code limit} of them, for finding their complaints; none for a blank text.
     */
    public java.util.Set<UUID> idsMatching(@Nullable String text, int limit) {
        if (Fields.tidyOrEmpty(text).isEmpty()) {
            return java.util.Set.of();
        }
        return search(text, 0, Math.min(limit, MAX_PAGE_SIZE)).items().stream()
                .map(ResidentSummary::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The names of these residents by id, in one query: for lists that show who each complaint is
     * from (the worklist) without loading every resident's whole record.
     */
    public java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
        return repository.namesOf(ids);
    }

    /** Every adjustment, disability, flag and restriction whose review date is on or before {@code today}. */
    public List<DueReview> dueForReview(LocalDate today) {
        RecordedTime.plausible(today, "on");
        return repository.dueForReview(today);
    }

    /**
     * One adjustment, disability, flag or restriction of a resident.
     *
     * @throws NotFound when the resident or the record does not exist
     */
    public KeptUnderReview keptUnderReview(UUID residentId, ReviewSubject subject, UUID recordId) {
        return recordOf(get(residentId), subject, recordId);
    }

    @Transactional
    public ReasonableAdjustment agreeAdjustment(UUID residentId, NewAdjustment adjustment, String by) {
        Instant now = hold(residentId, by);
        ReasonableAdjustment agreed = ReasonableAdjustment.agree(UUID.randomUUID(), adjustment, now, by);
        repository.insertAdjustment(residentId, agreed);
        return agreed;
    }

    @Transactional
    public DisclosedDisability recordDisability(UUID residentId, NewDisability disability, String by) {
        Instant now = hold(residentId, by);
        DisclosedDisability recorded = DisclosedDisability.record(UUID.randomUUID(), disability, now, by);
        repository.insertDisability(residentId, recorded);
        return recorded;
    }

    @Transactional
    public VulnerabilityFlag flagVulnerability(UUID residentId, NewVulnerability vulnerability, String by) {
        Instant now = hold(residentId, by);
        VulnerabilityFlag flag = VulnerabilityFlag.flag(UUID.randomUUID(), vulnerability, now, by);
        repository.insertVulnerability(residentId, flag);
        return flag;
    }

    @Transactional
    public ContactRestriction restrictContact(UUID residentId, NewRestriction restriction, String by) {
        Instant now = hold(residentId, by);
        ContactRestriction imposed = ContactRestriction.impose(UUID.randomUUID(), restriction, now, by);
        repository.insertRestriction(residentId, imposed);
        return imposed;
    }

    @Transactional
    public Representative appointRepresentative(UUID residentId, RepresentativeDetails details, String by) {
        Instant now = hold(residentId, by);
        Representative representative = Representative.appoint(UUID.randomUUID(), residentId, details, now, by);
        repository.insertRepresentative(representative);
        return representative;
    }

    /** Records a review of an adjustment, disability, flag or restriction, and returns it as it now stands. */
    @Transactional
    public KeptUnderReview review(
            UUID residentId, ReviewSubject subject, UUID recordId, ReviewDetails details, String by) {
        Instant now = hold(residentId, by);
        KeptUnderReview record = recordOf(get(residentId), subject, recordId);
        Review review = record.review(UUID.randomUUID(), details, now, by);
        repository.insertReview(residentId, subject, recordId, review);
        return recordOf(get(residentId), subject, recordId);
    }

    private Instant hold(UUID residentId, String by) {
        Instant now = clock.instant();
        if (!repository.touch(residentId, now, by)) {
            throw new NotFound("Resident", residentId.toString());
        }
        return now;
    }

    private static KeptUnderReview recordOf(Resident resident, ReviewSubject subject, UUID recordId) {
        return resident.keptUnderReview(subject, recordId)
                .orElseThrow(() -> new NotFound(label(subject), recordId.toString()));
    }

    private static String label(ReviewSubject subject) {
        return switch (subject) {
            case ADJUSTMENT -> "Reasonable adjustment";
            case DISABILITY -> "Disclosed disability";
            case VULNERABILITY -> "Vulnerability flag";
            case RESTRICTION -> "Contact restriction";
        };
    }

    /**
     * The known resident a complaint is from: the one with the same name, or else the only one
     * sharing the surname (people write "Sam" and "Samuel"). A different surname is a different
     * person, so a complaint is never filed under someone else's name.
     */
    private static Optional<ResidentSummary> pick(List<ResidentSummary> candidates, String name) {
        Optional<ResidentSummary> same = candidates.stream()
                .filter(candidate -> Resident.sameName(candidate.name(), name))
                .findFirst();
        if (same.isPresent()) {
            return same;
        }
        List<ResidentSummary> sameSurname = candidates.stream()
                .filter(candidate -> surname(candidate.name()).equalsIgnoreCase(surname(name)))
                .toList();
        return sameSurname.size() == 1 ? Optional.of(sameSurname.get(0)) : Optional.empty();
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
