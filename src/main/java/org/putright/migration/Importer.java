package org.putright.migration;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.putright.complaint.HistoricComplaint;
import org.putright.complaint.HistoricImports;
import org.putright.resident.HistoricResidents;
import org.putright.resident.ResidentDetails;
import org.putright.resident.ResidentRepository.HistoricKey;
import org.putright.resident.Residents;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of historic complaints in two passes. The first reads every row and checks it as
 * the import will (the layout, then the complaint aggregate's own checks), and reports every bad
 * row; a file with bad rows imports nothing unless asked to skip them. The second takes the good
 * rows into the record in batches of {@value #BATCH}, each batch one transaction, leaving alone
 * rows whose legacy reference was imported before, so that importing a file again, or again after
 * an interruption, adds each complaint once.
 */
@Service
public class Importer {

    static final int BATCH = 2_000;

    /** Rows checked together on one core during the first pass. */
    private static final int CHECK_CHUNK = 500;

    private final HistoricImports complaints;
    private final Residents residents;
    private final TransactionTemplate transaction;

    Importer(HistoricImports complaints, Residents residents, PlatformTransactionManager transactions) {
        this.complaints = complaints;
        this.residents = residents;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Imports {@code file}.
     *
     * @param by who imports it: recorded as having recorded every imported event
     */
    public ImportReport run(Path file, boolean skipBadRows, String by, ImportProgress progress) {
        Checked checked;
        try {
            checked = check(file, by, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (checked.unreadable() || (!checked.problems().isEmpty() && !skipBadRows)) {
            return ImportReport.rejected(checked.rows(), checked.problems());
        }
        try {
            return importGood(file, checked, by, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first pass: every row read and checked, nothing written. Rows are read here, in order, and
     * checked in chunks on every core (parsing and playing a history through the aggregate is the
     * work; the rows are independent of each other); the chunks' findings are taken in file order.
     */
    private Checked check(Path file, String by, ImportProgress progress) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        Set<Integer> badLines = new HashSet<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        long rows = 0;
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService checkers = Executors.newFixedThreadPool(
                cores, Thread.ofPlatform().name("import-checker-", 1).daemon().factory());
        Deque<Future<List<RowProblem>>> checking = new ArrayDeque<>();
        long[] checked = new long[1];
        Runnable takeOldest = () -> {
            List<RowProblem> found = awaitChecked(checking.removeFirst());
            for (RowProblem problem : found) {
                problems.add(problem);
                badLines.add(problem.line());
            }
        };
        try (CsvRecords records = open(file)) {
            RowParser parser = header(records, problems);
            if (parser == null) {
                return new Checked(0, problems, badLines, true);
            }
            List<CsvRecords.CsvRecord> chunk = new ArrayList<>(CHECK_CHUNK);
            Map<Integer, String> duplicates = new HashMap<>();
            try {
                for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
                    rows++;
                    // Duplicates are found here, in file order: the first line with a key is the good one.
                    String key = key(parser, record);
                    if (key != null) {
                        Integer first = firstLineOf.putIfAbsent(key, record.line());
                        if (first != null) {
                            duplicates.put(record.line(), "legacy_reference " + key + " is also on line " + first);
                        }
                    }
                    chunk.add(record);
                    if (chunk.size() == CHECK_CHUNK) {
                        List<CsvRecords.CsvRecord> rowsToCheck = chunk;
                        Map<Integer, String> duplicatesInChunk = duplicates;
                        checking.addLast(checkers.submit(() -> check(parser, rowsToCheck, duplicatesInChunk, by)));
                        chunk = new ArrayList<>(CHECK_CHUNK);
                        duplicates = new HashMap<>();
                        // A few chunks ahead keep every core busy without holding the file in memory.
                        while (checking.size() > 2 * cores) {
                            takeOldest.run();
                            checked[0] += CHECK_CHUNK;
                            if (checked[0] % BATCH == 0) {
                                progress.update(ImportProgress.Phase.CHECKING, checked[0], -1);
                            }
                        }
                    }
                }
            } finally {
                // The last rows, and those read before a malformed one, are checked and reported too.
                List<CsvRecords.CsvRecord> rowsToCheck = chunk;
                Map<Integer, String> duplicatesInChunk = duplicates;
                checking.addLast(checkers.submit(() -> check(parser, rowsToCheck, duplicatesInChunk, by)));
                while (!checking.isEmpty()) {
                    takeOldest.run();
                }
            }
        } catch (CsvRecords.MalformedCsv malformed) {
            problems.add(new RowProblem(malformed.line(), String.valueOf(malformed.getMessage())));
            return new Checked(rows, problems, badLines, true);
        } catch (CharacterCodingException notUtf8) {
            problems.add(new RowProblem(1, "the file is not UTF-8 text"));
            return new Checked(rows, problems, badLines, true);
        } catch (ZipException | EOFException brokenGzip) {
            problems.add(new RowProblem(
                    (int) Math.min(Integer.MAX_VALUE, rows + 2), "the gzip-compressed file is damaged or incomplete"));
            return new Checked(rows, problems, badLines, true);
        } finally {
            checkers.shutdownNow();
        }
        progress.update(ImportProgress.Phase.CHECKING, rows, rows);
        return new Checked(rows, problems, badLines, false);
    }

    /** Checks a chunk of rows: each row's problems, in file order, with its duplicate key last. */
    private List<RowProblem> check(
            RowParser parser, List<CsvRecords.CsvRecord> chunk, Map<Integer, String> duplicates, String by) {
        List<RowProblem> found = new ArrayList<>();
        for (CsvRecords.CsvRecord record : chunk) {
            for (String reason : reasons(parser.parse(record.line(), record.fields()), by)) {
                found.add(new RowProblem(record.line(), reason));
            }
            String duplicate = duplicates.get(record.line());
            if (duplicate != null) {
                found.add(new RowProblem(record.line(), duplicate));
            }
        }
        return found;
    }

    private static List<RowProblem> awaitChecked(Future<List<RowProblem>> checking) {
        try {
            return checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterrupted();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Checking the import's rows failed", failed.getCause());
        }
    }

    private List<String> reasons(RowParser.Result result, String by) {
        ParsedRow row = result.row();
        if (row == null) {
            return result.problems();
        }
        try {
            complaints.check(row.history(ParsedRow.UNKNOWN_RESIDENT), by);
            return List.of();
        } catch (DomainProblem problem) {
            return List.of("the complaint's history cannot be recorded: " + problem.detail());
        }
    }

    private static @org.jspecify.annotations.Nullable String key(RowParser parser, CsvRecords.CsvRecord record) {
        String key = parser.legacyReference(record.fields());
        return key == null || key.isEmpty() ? null : key;
    }

    /**
     * The second pass: the good rows, batch by batch. Each batch is prepared on this thread (parsed,
     * its residents and numbers found, each history played through the aggregate and its rows
     * rendered) while the batch before it is written on another, so that the work of the JVM and
     * of the database overlap rather than take turns; batches are written one at a time, in order.
     */
    private ImportReport importGood(Path file, Checked checked, String by, ImportProgress progress) throws IOException {
        long good = checked.rows() - checked.badLines().size();
        Written written = new Written(good, progress);
        ExecutorService writer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("import-writer").daemon().factory());
        try (CsvRecords records = open(file)) {
            RowParser parser = header(records, new ArrayList<>());
            if (parser == null) {
                throw new IllegalStateException("The file changed while it was being imported");
            }
            Future<?> writing = CompletableFuture.completedFuture(null);
            Map<HistoricKey, UUID> residentsBeingWritten = Map.of();
            boolean anyWritten = false;
            List<ParsedRow> rows = new ArrayList<>(BATCH);
            for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
                if (checked.badLines().contains(record.line())) {
                    continue;
                }
                ParsedRow row = parser.parse(record.line(), record.fields()).row();
                if (row == null) {
                    throw new IllegalStateException("Line " + record.line() + " changed while the file was imported");
                }
                rows.add(row);
                if (rows.size() == BATCH) {
                    Batch batch = prepare(rows, residentsBeingWritten, by);
                    awaitWritten(writing);
                    writing = writer.submit(() -> write(batch, written));
                    residentsBeingWritten = batch.residents().newIds();
                    anyWritten = true;
                    rows = new ArrayList<>(BATCH);
                }
            }
            // A file with no good rows still writes one empty batch: its progress reads 100%.
            if (!rows.isEmpty() || !anyWritten) {
                Batch batch = prepare(rows, residentsBeingWritten, by);
                awaitWritten(writing);
                writing = writer.submit(() -> write(batch, written));
            }
            awaitWritten(writing);
        } finally {
            writer.shutdown();
        }
        return new ImportReport(
                ImportReport.Outcome.IMPORTED,
                checked.rows(),
                written.imported,
                written.before,
                checked.badLines().size(),
                checked.problems());
    }

    /** Everything about a batch of rows short of writing it. */
    private Batch prepare(List<ParsedRow> rows, Map<HistoricKey, UUID> residentsBeingWritten, String by) {
        Set<String> known = complaints.alreadyImported(
                rows.stream().map(ParsedRow::legacyReference).toList());
        List<ParsedRow> fresh = rows.stream()
                .filter(row -> !known.contains(row.legacyReference()))
                .toList();
        HistoricResidents planned =
                residents.planHistoric(fresh.stream().map(ParsedRow::resident).toList(), residentsBeingWritten, by);
        List<HistoricComplaint> histories = new ArrayList<>(fresh.size());
        for (ParsedRow row : fresh) {
            ResidentDetails resident = row.resident();
            UUID id = planned.ids().get(HistoricKey.of(String.valueOf(resident.tenancyReference()), resident.name()));
            if (id == null) {
                throw new IllegalStateException("No resident was found or planned for line " + row.line());
            }
            histories.add(row.history(id));
        }
        return new Batch(rows.size(), planned, complaints.prepare(histories, by));
    }

    /** Writes a batch in one transaction, then reports the progress. Runs on the writer thread. */
    private void write(Batch batch, Written written) {
        transaction.executeWithoutResult(status -> {
            residents.record(batch.residents());
            complaints.write(batch.complaints());
        });
        written.add(batch);
    }

    /**
     * Waits for the batch being written; its failure stops the import. An interrupted import (the
     * application stopping) lets that batch finish, so that it is either wholly written or not.
     */
    private static void awaitWritten(Future<?> writing) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    writing.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Writing a batch of the import failed", failed.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (interrupted) {
            throw new ImportInterrupted();
        }
    }

    private static CsvRecords open(Path file) throws IOException {
        InputStream content = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        // A gzip-compressed file (a tenth of the size to upload) is read as the CSV inside it.
        content.mark(2);
        boolean gzip = content.read() == 0x1f && content.read() == 0x8b;
        content.reset();
        if (gzip) {
            content = new GZIPInputStream(content, 1 << 16);
        }
        // Malformed UTF-8 is an error to report, never silently replaced.
        return new CsvRecords(new BufferedReader(
                new InputStreamReader(
                        content,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16));
    }

    private static @org.jspecify.annotations.Nullable RowParser header(CsvRecords records, List<RowProblem> problems)
            throws IOException {
        CsvRecords.CsvRecord header = records.next();
        if (header == null) {
            problems.add(new RowProblem(1, "the file is empty: it needs a header row naming the columns"));
            return null;
        }
        try {
            return RowParser.forHeader(header.fields());
        } catch (InvalidInput invalid) {
            problems.add(new RowProblem(
                    header.line(), "header: " + invalid.errors().getFirst().message()));
            return null;
        }
    }

    /** A batch of rows ready to write: how many rows it took, their residents and complaints. */
    private record Batch(int rows, HistoricResidents residents, HistoricImports.PreparedImport complaints) {}

    /** What the writer has written so far; only the writer thread changes it. */
    private static final class Written {
        private final long toWrite;
        private final ImportProgress progress;
        // Read by the preparing thread only after waiting for the write (Future.get orders them).
        private long rows;
        private long imported;
        private long before;

        Written(long toWrite, ImportProgress progress) {
            this.toWrite = toWrite;
            this.progress = progress;
        }

        void add(Batch batch) {
            int fresh = batch.complaints().references().size();
            rows += batch.rows();
            imported += fresh;
            before += batch.rows() - fresh;
            progress.update(ImportProgress.Phase.IMPORTING, rows, toWrite);
        }
    }

    /** What the first pass found. */
    private record Checked(long rows, List<RowProblem> problems, Set<Integer> badLines, boolean unreadable) {}
}
