package org.putright.boardreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.putright.system.document.DocumentFormat;
import org.putright.system.document.Download;
import org.springframework.stereotype.Service;

/**
 * The quarterly pack for the Member Responsible for Complaints and the governing body (9.7 a–d),
 * worked out from the record for the quarter asked for (by default the last one to have ended).
 */
@Service
public class QuarterlyPacks {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final QuarterlyPackContents contents;
    private final BoardReportDocument document;
    private final Clock clock;

    QuarterlyPacks(QuarterlyPackContents contents, BoardReportDocument document, Clock clock) {
        this.contents = contents;
        this.document = document;
        this.clock = clock;
    }

    /** The quarter starting on {@code from}, or else the last to have ended. */
    public Quarter quarter(@Nullable LocalDate from) {
        return from == null ? Quarter.lastEndedBefore(today()) : new Quarter(from);
    }

    public BoardReport pack(Quarter quarter) {
        return contents.of(quarter, today());
    }

    public Download export(Quarter quarter, DocumentFormat format) {
        return document.download(
                pack(quarter), null, format, "complaints-quarterly-pack-" + quarter.from(), clock.instant());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
