/**
 * The webhook de-duplication store in a database table, through JDBC.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc;

import org.jspecify.annotations.NullMarked;
