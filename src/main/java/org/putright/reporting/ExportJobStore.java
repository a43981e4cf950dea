package org.putright.reporting;

import java.util.Optional;
import java.util.UUID;

/** Where export jobs, their progress and their files are kept, so any instance can serve them. */
public interface ExportJobStore {

    void insert(ExportJob job);

    Optional<ExportJob> find(UUID id);

    void progress(UUID id, ExportJob.State state, long processed, long total);

    void finish(UUID id, byte[] content, java.time.Instant at);

    void fail(UUID id, String failure, java.time.Instant at);

    Optional<byte[]> content(UUID id);
}
