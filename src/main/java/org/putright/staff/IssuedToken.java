package org.putright.staff;

/** A newly issued token with its secret, which is returned to the caller once and never stored. */
public record IssuedToken(ApiToken token, String secret) {}
