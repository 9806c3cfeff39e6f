/**
 * Spring Security rules that let webhook deliveries reach the endpoint.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.webhooks.security;

import org.jspecify.annotations.NullMarked;
