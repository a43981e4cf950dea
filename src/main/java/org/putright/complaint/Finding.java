package org.putright.complaint;

/** The finding on one point of the definition, with its reasons (6.7, 6.18). */
public record Finding(int point, boolean upheld, String reasons) {}
