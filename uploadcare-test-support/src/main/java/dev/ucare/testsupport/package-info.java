/**
 * Test support shared by the modules' tests: a scripted loopback HTTP server
 * ({@link dev.ucare.testsupport.StubServer}) and the reflective check of a public API's
 * null contract ({@link dev.ucare.testsupport.NullArguments}).
 */
@NullMarked
package dev.ucare.testsupport;

import org.jspecify.annotations.NullMarked;
