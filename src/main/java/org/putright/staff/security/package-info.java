/**
 * How staff prove who they are: personal bearer tokens for the API, a password (or single sign-on)
 * for the web pages, and the administrator created on first start.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("security")
package org.putright.staff.security;

import org.jspecify.annotations.NullMarked;
