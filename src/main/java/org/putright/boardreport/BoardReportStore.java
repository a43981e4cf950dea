package org.putright.boardreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where annual reports' commentary and responses, and the Ombudsman's reports, are kept. */
public interface BoardReportStore {

    Optional<AnnualReport> find(ReportingYear year);

    /** Every year with something recorded, the latest first. */
    List<AnnualReport> all();

    /** Inserts a report stored for the first time (version 0) or saves it if still at {@code expectedVersion}. */
    boolean save(AnnualReport report, long expectedVersion, boolean isNew);

    void insert(OmbudsmanReport report);

    /** The Ombudsman's reports published in the period, both days included, oldest first. */
    List<OmbudsmanReport> ombudsmanReports(LocalDate from, LocalDate to);
}
