package org.putright.code.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeEditions;
import org.putright.code.CodeRule;
import org.putright.code.Edition;
import org.putright.code.EditionId;
import org.putright.code.ExtensionCap;
import org.putright.code.Provision;
import org.putright.code.Section;
import org.putright.code.StageTimescales;
import org.putright.code.Timescale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Complaint Handling Code editions Putright knows, and the rules it enforces from them. */
@RestController
@RequestMapping("/api/v1/code")
class CodeController {

    private final CodeEditions editions;

    CodeController(CodeEditions editions) {
        this.editions = editions;
    }

    @GetMapping("/editions")
    List<EditionSummary> editions() {
        return editions.all().stream().map(EditionSummary::of).toList();
    }

    @GetMapping("/editions/{id}")
    EditionView edition(@PathVariable String id) {
        return EditionView.of(editions.get(new EditionId(id)));
    }

    @GetMapping("/rules")
    List<RuleView> rules() {
        return Arrays.stream(CodeRule.values()).map(RuleView::of).toList();
    }

    record EditionSummary(
            String id,
            String title,
            String publisher,
            @Nullable LocalDate published,
            LocalDate effectiveFrom,
            int provisions,
            String href) {

        static EditionSummary of(Edition edition) {
            return new EditionSummary(
                    edition.id().value(),
                    edition.title(),
                    edition.publisher(),
                    edition.published(),
                    edition.effectiveFrom(),
                    edition.provisions().size(),
                    "/api/v1/code/editions/" + edition.id().value());
        }
    }

    record EditionView(
            String id,
            String title,
            String publisher,
            @Nullable LocalDate published,
            LocalDate effectiveFrom,
            String licence,
            String attribution,
            TimescalesView timescales,
            List<SectionView> sections) {

        static EditionView of(Edition edition) {
            return new EditionView(
                    edition.id().value(),
                    edition.title(),
                    edition.publisher(),
                    edition.published(),
                    edition.effectiveFrom(),
                    edition.licence(),
                    edition.attribution(),
                    new TimescalesView(
                            StageView.of(edition.timescales().stage1()),
                            StageView.of(edition.timescales().stage2())),
                    edition.sections().stream().map(SectionView::of).toList());
        }
    }

    record TimescalesView(StageView stage1, StageView stage2) {}

    record StageView(TimescaleView acknowledge, TimescaleView respond, CapView extensionCap) {
        static StageView of(StageTimescales stage) {
            return new StageView(
                    TimescaleView.of(stage.acknowledge()),
                    TimescaleView.of(stage.respond()),
                    CapView.of(stage.extensionCap()));
        }
    }

    record TimescaleView(
            int workingDays,
            String from,
            String provision,
            @Nullable String note) {
        static TimescaleView of(Timescale timescale) {
            return new TimescaleView(
                    timescale.workingDays(),
                    timescale.from().name(),
                    timescale.provision().toString(),
                    timescale.note());
        }
    }

    record CapView(int workingDays, String provision) {
        static CapView of(ExtensionCap cap) {
            return new CapView(cap.workingDays(), cap.provision().toString());
        }
    }

    record SectionView(int number, String title, List<ProvisionView> provisions) {
        static SectionView of(Section section) {
            return new SectionView(
                    section.number(),
                    section.title(),
                    section.provisions().stream().map(ProvisionView::of).toList());
        }
    }

    record ProvisionView(
            String number, String requirement, @Nullable String obligation) {
        static ProvisionView of(Provision provision) {
            return new ProvisionView(
                    provision.number().toString(),
                    provision.requirement(),
                    provision.obligation() == null
                            ? null
                            : provision.obligation().name());
        }
    }

    record RuleView(
            String slug,
            String title,
            String provision,
            List<String> provisions,
            String enforcement,
            String explanation) {
        static RuleView of(CodeRule rule) {
            return new RuleView(
                    rule.slug(),
                    rule.title(),
                    rule.provision().toString(),
                    rule.provisions().stream().map(Object::toString).toList(),
                    rule.enforcement().name(),
                    rule.explanation());
        }
    }
}
