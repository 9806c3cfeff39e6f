/**
 * Signed CDN URLs for secure delivery (Akamai tokens, or a custom
 * {@link dev.ucare.client.secure.SecureUrlBuilder}).
 */
@NullMarked
package dev.ucare.client.secure;

import org.jspecify.annotations.NullMarked;
