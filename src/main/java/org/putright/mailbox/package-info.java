/**
 * The complaints mailbox: email to the landlord's complaints address becomes a new complaint,
 * however made (1.2), received on the day the message was sent, or correspondence on the record of
 * an existing one when its reference is in the subject (5.12), with the attachments kept as
 * documents. Each message is recorded by its Message-ID in the transaction that does its work,
 * so nothing is processed twice, and kept whole, so nothing accepted is lost: a message that could
 * not be processed stays visible as FAILED until staff retry it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Mailbox")
package org.putright.mailbox;

import org.jspecify.annotations.NullMarked;
