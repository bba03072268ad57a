/**
 * The messaging vocabulary every service shares: the exchange names, the headers the suite stamps, one
 * reader for message bodies that turns a poison message into an {@link UnreadableMessageException} (never
 * retried, dead-lettered at once), and the recoverer that dead-letters a message after its last attempt.
 */
@NullMarked
package io.tradewatch.platform.messaging;

import org.jspecify.annotations.NullMarked;
