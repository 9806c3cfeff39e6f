/**
 * Test support shared by the modules' tests and the benchmarks: a scripted loopback HTTP
 * server ({@link dev.ucare.testsupport.StubServer}), the reflective check of a public
 * API's null contract ({@link dev.ucare.testsupport.NullArguments}), a clock tests move
 * ({@link dev.ucare.testsupport.MutableClock}), a Spring event multicaster that calls
 * listeners directly ({@link dev.ucare.testsupport.DirectMulticaster}) and files of
 * random bytes ({@link dev.ucare.testsupport.RandomFiles}).
 */
@NullMarked
package dev.ucare.testsupport;

import org.jspecify.annotations.NullMarked;
