/**
 * Test support shared by the modules' tests: a scripted loopback HTTP server
 * ({@link dev.ucare.testsupport.StubServer}), the reflective check of a public API's null
 * contract ({@link dev.ucare.testsupport.NullArguments}), a clock tests move
 * ({@link dev.ucare.testsupport.MutableClock}) and a Spring event multicaster that calls
 * listeners directly ({@link dev.ucare.testsupport.DirectMulticaster}).
 */
@NullMarked
package dev.ucare.testsupport;

import org.jspecify.annotations.NullMarked;
