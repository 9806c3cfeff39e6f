/**
 * HTTP plumbing shared by the emulator's three listeners (internal): the JDK server
 * handler with logging, faults, CORS and the APIs' error formats ({@code Listener}),
 * routing, request and response access ({@code Call}), streaming multipart parsing, stall
 * guarding, and the wire helpers (JSON, times, hashes). Knows no protocol and no state.
 */
@NullMarked
package dev.ucare.emulator.http;

import org.jspecify.annotations.NullMarked;
