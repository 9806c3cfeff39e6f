/**
 * The client's shared plumbing, not API: transports of the REST API, the Upload API and
 * the CDN, retries, signing, errors, JSON, paging and polling.
 */
@NullMarked
package dev.ucare.client.internal;

import org.jspecify.annotations.NullMarked;
