/**
 * Part of the architecture fixture; null-marked like every package of the client.
 */
@NullMarked
package dev.ucare.archfixture.internal.groups;

import org.jspecify.annotations.NullMarked;
