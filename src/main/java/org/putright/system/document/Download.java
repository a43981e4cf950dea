package org.putright.system.document;

/** A document to download: its bytes, their type and a file name to save them under. */
public record Download(byte[] content, String contentType, String fileName) {}
