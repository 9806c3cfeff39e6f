/**
 * The REST API v0.7 (internal): authentication, files and their storage, copies,
 * metadata, groups, project, webhook management, conversions and add-ons, with cursor
 * pagination ({@code Pager}).
 */
@NullMarked
package dev.ucare.emulator.rest;

import org.jspecify.annotations.NullMarked;
