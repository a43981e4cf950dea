package org.putright.reporting;

/** The TSM as a table: one row per figure, for CSV and the page. */
public final class TsmTable {

    private TsmTable() {}

    public static ReportTable of(TsmReport report) {
        ReportTable.Builder table = ReportTable.builder(
                "tsm",
                "Tenant Satisfaction Measures, " + report.from() + " to " + report.to() + ", " + report.homes()
                        + " homes",
                "Measure",
                "Stage",
                "Count",
                "Within the timescale",
                "Result",
                "Unit");
        table.row(
                "CH01",
                1L,
                report.ch01().stage1().count(),
                null,
                report.ch01().stage1().perThousandHomes(),
                "per 1,000 homes");
        table.row(
                "CH01",
                2L,
                report.ch01().stage2().count(),
                null,
                report.ch01().stage2().perThousandHomes(),
                "per 1,000 homes");
        table.row(
                "CH02",
                1L,
                report.ch02().stage1().responded(),
                report.ch02().stage1().withinTimescale(),
                report.ch02().stage1().percent(),
                "percent");
        table.row(
                "CH02",
                2L,
                report.ch02().stage2().responded(),
                report.ch02().stage2().withinTimescale(),
                report.ch02().stage2().percent(),
                "percent");
        return table.build();
    }
}
