package org.putright.reporting;

/** A file ready to download: its bytes, its format and the name it is saved under. */
public record ExportFile(byte[] content, ExportFormat format, String filename) {}
