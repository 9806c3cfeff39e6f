/**
 * File groups: creating, reading, listing, storing and deleting them.
 */
@NullMarked
package dev.ucare.client.groups;

import org.jspecify.annotations.NullMarked;
