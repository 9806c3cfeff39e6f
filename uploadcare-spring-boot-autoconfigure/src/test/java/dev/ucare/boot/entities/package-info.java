/**
 * Test entities of the files-on-entities tests, outside
 * {@code dev.ucare.boot.autoconfigure} so that test applications there do not scan them.
 */
package dev.ucare.boot.entities;
