/**
 * The demo landlord: with {@code PUTRIGHT_DEMO} on (the default), an empty database is given a
 * fictional landlord's staff so that Putright can be explored straight after the README's run
 * command. {@code PUTRIGHT_DEMO=false} starts with an empty landlord.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo landlord")
package org.putright.demo;

import org.jspecify.annotations.NullMarked;
