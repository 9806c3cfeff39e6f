/**
 * Several Uploadcare projects in one application: a client per
 * {@code uploadcare.projects.<name>.*}, reached by name through
 * {@link dev.ucare.boot.autoconfigure.projects.UploadcareClients}.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.projects;

import org.jspecify.annotations.NullMarked;
