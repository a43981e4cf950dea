package org.putright.settings;

import org.putright.code.EditionId;

/**
 * The landlord now follows another edition of the Code. Its timescales apply to every complaint,
 * including open ones, whose deadlines are recomputed.
 */
public record CodeEditionChanged(EditionId previous, EditionId current) {}
