/**
 * The project's own information.
 */
@NullMarked
package dev.ucare.client.project;

import org.jspecify.annotations.NullMarked;
