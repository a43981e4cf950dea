package org.putright.migration;

/** Why one row of an import file cannot be imported, by the line of the file it starts on. */
public record RowProblem(int line, String reason) {}
