package org.putright.selfassessment;

/** An exported assessment: its bytes, their type and a file name to save them under. */
public record Export(byte[] content, String contentType, String fileName) {}
