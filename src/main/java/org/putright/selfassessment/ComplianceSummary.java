package org.putright.selfassessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.code.Edition;
import org.putright.code.Section;

/**
 * How many provisions comply, section by section and overall, as landlords report it to their
 * governing body (the table "No. criteria / Compliant / Non-compliant" of their reports).
 * Percentages are of the provisions that apply (all but "not applicable"), rounded half-up to one
 * place; null when none apply.
 */
public record ComplianceSummary(List<Line> sections, Line overall) {

    /** One line of the table: a section, or the whole Code. */
    public record Line(
            @Nullable Integer section,
            String title,
            int provisions,
            int compliant,
            int partly,
            int nonCompliant,
            int notApplicable,
            int unanswered,
            @Nullable BigDecimal compliantPercent,
            @Nullable BigDecimal nonCompliantPercent) {

        static Line of(@Nullable Integer section, String title, List<ProvisionAssessment> rows) {
            int yes = count(rows, Comply.YES);
            int partly = count(rows, Comply.PARTLY);
            int no = count(rows, Comply.NO);
            int notApplicable = count(rows, Comply.NOT_APPLICABLE);
            int unanswered = (int) rows.stream().filter(row -> !row.answered()).count();
            int applicable = rows.size() - notApplicable;
            return new Line(
                    section,
                    title,
                    rows.size(),
                    yes,
                    partly,
                    no,
                    notApplicable,
                    unanswered,
                    applicable == 0 ? null : SystemEvidence.percent(yes, applicable),
                    applicable == 0 ? null : SystemEvidence.percent(partly + no, applicable));
        }

        private static int count(List<ProvisionAssessment> rows, Comply comply) {
            return (int)
                    rows.stream().filter(row -> row.answer().comply() == comply).count();
        }
    }

    static ComplianceSummary of(Assessment assessment, Edition edition) {
        List<Line> lines = new ArrayList<>();
        for (Section section : edition.sections()) {
            List<ProvisionAssessment> rows = assessment.provisions().stream()
                    .filter(row -> row.number().section() == section.number())
                    .toList();
            lines.add(Line.of(section.number(), section.title(), rows));
        }
        return new ComplianceSummary(lines, Line.of(null, "All requirements", assessment.provisions()));
    }
}
