package org.putright.ombudsman;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where Ombudsman cases are kept. */
public interface OmbudsmanCaseRepository {

    void insert(OmbudsmanCase referred);

    /** Saves the case whole, raising its version; false when {@code expectedVersion} is no longer current. */
    boolean save(OmbudsmanCase changed, long expectedVersion);

    Optional<OmbudsmanCase> find(UUID id);

    boolean hosReferenceTaken(String hosReference);

    /**
     * Every case, most recently referred first. A landlord has a handful of Ombudsman cases a year, so
     * lists and figures are worked out from all of them.
     */
    List<OmbudsmanCase> all();
}
