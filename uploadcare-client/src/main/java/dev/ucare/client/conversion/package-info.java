/**
 * Document and video conversion: transformations, jobs, their status and waits.
 */
@NullMarked
package dev.ucare.client.conversion;

import org.jspecify.annotations.NullMarked;
